using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// One subject-index entry from a page's front matter: <c>- term</c> points at the page, <c>- term: heading-id</c>
/// at one of its headings. The heading is checked against the rendered page (MM025), where the ids are known.
/// </summary>
public sealed record PageKeyword(string Term, string? Heading, SourceSpan Span);
