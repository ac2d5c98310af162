namespace MaalMedMening.Generator.Tool;

/// <summary>One row of the logic table: this advice applies when this condition holds.</summary>
/// <param name="Group">Where the advice is shown: a balance id, <see cref="AdviceRules.CrossGroup"/> or <see cref="AdviceRules.GeneralGroup"/>.</param>
public sealed record AdviceRule(string Group, AdviceRef Advice, Condition When);
