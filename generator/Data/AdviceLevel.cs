using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>A level the publication sorts its advice by (advice-levels.yml), with its name in one language.</summary>
public sealed record AdviceLevel(string Id, string Name, SourceSpan Span);
