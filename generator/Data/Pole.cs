using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>One end of a balance, with what it brings and what it risks for the working environment.</summary>
/// <param name="Advantage">The booklet's short phrase (the overview table).</param>
/// <param name="AdvantageSentence">The same as one full sentence, for the balance tool's answer (a phrase after a label reads as glued text).</param>
public sealed record Pole(string Id, string Name, string Advantage, string Risk, string? AdvantageSentence, string? RiskSentence, SourceSpan Span);
