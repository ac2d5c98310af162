using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tool;

/// <summary>One row of the logic table: this advice applies when this condition holds.</summary>
/// <param name="Group">Where the advice is shown: a balance id, or the id of one of the rules file's groups.</param>
/// <param name="Links">Translation keys of pages the advice comes from, shown under it.</param>
/// <param name="Span">The rule's line in the rules file, for errors about it.</param>
public sealed record AdviceRule(string Group, AdviceRef Advice, Condition When, IReadOnlyList<string> Links, SourceSpan Span);
