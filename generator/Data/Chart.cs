using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>A figure drawn at build time: bars with values, plus its title and source.</summary>
public sealed record Chart(string Id, string Title, string Source, string Unit, string? Note, IReadOnlyList<ChartBar> Bars, SourceSpan Span);

public sealed record ChartBar(string Label, double Value);
