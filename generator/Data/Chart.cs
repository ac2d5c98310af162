using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>A figure drawn at build time: bars with values, plus its title and source.</summary>
/// <param name="SourceLabels">Which bars the source labels, said plainly, where it labels only some of them.</param>
public sealed record Chart(string Id, string Title, string Source, string Unit, string? Note, IReadOnlyList<ChartBar> Bars, SourceSpan Span, string? SourceLabels = null);

public sealed record ChartBar(string Label, double Value);
