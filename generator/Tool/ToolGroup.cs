using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tool;

/// <summary>A heading of the tool's advice, in page order.</summary>
/// <param name="Id">A balance id (its group is headed by the balance's name) or a group id from the rules file.</param>
/// <param name="Headings">The heading's text in each language (language code → text), written beside the rules; null for a balance's group.</param>
public sealed record ToolGroup(string Id, IReadOnlyDictionary<string, string>? Headings, SourceSpan Span);
