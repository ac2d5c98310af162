using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>One of the researcher's six pieces of advice; <paramref name="Level"/> is strategic or operational.</summary>
/// <param name="Title">Written in the data (the tool shows it), never cut from <paramref name="Text"/>.</param>
public sealed record Advice(string Id, string Title, string Level, string Text, SourceSpan Span)
{
    public static readonly IReadOnlyList<string> Levels = ["strategic", "operational"];
}
