using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>One of the researcher's six pieces of advice; <paramref name="Level"/> is strategic or operational.</summary>
public sealed record Advice(string Id, string Level, string Text, SourceSpan Span)
{
    public static readonly IReadOnlyList<string> Levels = ["strategic", "operational"];
}
