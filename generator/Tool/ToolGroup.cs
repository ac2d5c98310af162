using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tool;

/// <summary>A heading of the tool's advice, in page order.</summary>
/// <param name="Id">A balance id (its group is headed by the balance's name) or a group id from the rules file.</param>
/// <param name="HeadingKey">The strings-table key of the heading; null for a balance's group.</param>
public sealed record ToolGroup(string Id, string? HeadingKey, SourceSpan Span);
