using static MaalMedMening.Generator.Tool.Condition;

namespace MaalMedMening.Generator.Tool;

/// <summary>
/// The balance tool's logic table, as data. Each piece of advice has exactly one rule; the page, its CSS
/// and the "how the advice is chosen" table are all generated from this list.
/// </summary>
public static class AdviceRules
{
    public const string ActivityValue = "activity-value";
    public const string IndividualCollective = "individual-collective";
    public const string StandardisedFlexible = "standardised-flexible";
    public const string IncentivesLearning = "incentives-learning";

    public const string CrossGroup = "cross";
    public const string GeneralGroup = "general";

    /// <summary>The balances the cross-balance rules name; the data must have them.</summary>
    public static readonly IReadOnlyList<string> NamedBalances = [ActivityValue, IndividualCollective, StandardisedFlexible, IncentivesLearning];

    public static IReadOnlyList<AdviceRule> Create(IReadOnlyList<string> balances) =>
    [
        .. balances.SelectMany(PerBalance),

        // Where positions combine (the booklet's chapters 1–4 and its cases).
        new(CrossGroup, new ToolTextAdvice("cross-competition"),
            All(Now(IndividualCollective, [.. Scale.NearLeft]), Now(IncentivesLearning, [.. Scale.NearLeft]))),
        new(CrossGroup, new ToolTextAdvice("cross-meaningless-targets"),
            All(Now(ActivityValue, [.. Scale.NearLeft]), Now(StandardisedFlexible, [.. Scale.NearLeft]))),
        new(CrossGroup, new ToolTextAdvice("cross-collective-learning"),
            All(Now(IndividualCollective, [.. Scale.NearRight]), Now(IncentivesLearning, [.. Scale.NearRight]))),
        new(CrossGroup, new ToolTextAdvice("cross-value-flexible"),
            All(Now(ActivityValue, [.. Scale.NearRight]), Now(StandardisedFlexible, [.. Scale.NearRight]))),

        // The researcher's six pieces of advice, each where it answers a risk the team's position carries.
        new(GeneralGroup, new BookletAdvice("strategic-1"), Any([.. balances.Select(Answered)])),
        new(GeneralGroup, new BookletAdvice("strategic-2"),
            Any(Now(StandardisedFlexible, [.. Scale.NearLeft]), Now(ActivityValue, [.. Scale.NearLeft]))),
        new(GeneralGroup, new BookletAdvice("strategic-3"),
            Any(Now(IndividualCollective, [.. Scale.NearLeft]), Now(IncentivesLearning, [.. Scale.NearLeft]))),
        new(GeneralGroup, new BookletAdvice("operational-1"),
            Any(Now(IncentivesLearning, [.. Scale.NearRight]), Want(IncentivesLearning, [.. Scale.NearRight]))),
        new(GeneralGroup, new BookletAdvice("operational-2"), Now(IndividualCollective, [.. Scale.NearLeft])),
        new(GeneralGroup, new BookletAdvice("operational-3"), Now(ActivityValue, [.. Scale.NearLeft])),
    ];

    // For every balance: the nearest pole's advantage and risk (both in the middle), its questions, and what a move brings.
    private static IEnumerable<AdviceRule> PerBalance(string balance) =>
    [
        new(balance, new PoleAdvice(balance, Right: false), Now(balance, [.. Scale.TowardLeft])),
        new(balance, new PoleAdvice(balance, Right: true), Now(balance, [.. Scale.TowardRight])),
        new(balance, new MoveAdvice(balance, Right: false), Moving(balance, towardRight: false)),
        new(balance, new MoveAdvice(balance, Right: true), Moving(balance, towardRight: true)),
        new(balance, new QuestionsAdvice(balance), Answered(balance)),
    ];
}
