using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>A Danish workplace term, its English rendering, and a one-line explanation in the file's language.</summary>
public sealed record GlossaryEntry(string Id, string Term, string English, string Explanation, SourceSpan Span);
