using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>One piece of the publication's advice; <paramref name="Level"/> is the id of one of its <see cref="AdviceLevel"/>s.</summary>
/// <param name="Title">Written in the data (the tool shows it), never cut from <paramref name="Text"/>.</param>
public sealed record Advice(string Id, string Title, string Level, string Text, SourceSpan Span);
