namespace MaalMedMening.Generator.Tool;

/// <summary>
/// The number of selector chains a condition makes and their length in characters. Counted in doubles, which
/// saturate instead of wrapping: a rule that would make 10^30 chains must say so, not look small.
/// </summary>
public sealed record SelectorSize(double Chains, double Characters)
{
    /// <summary>No chain: the size of 'any' of nothing.</summary>
    public static SelectorSize None { get; } = new(0, 0);

    /// <summary>One empty chain: the size of 'all' of nothing, which every part then extends.</summary>
    public static SelectorSize Empty { get; } = new(1, 0);

    public static SelectorSize Of(IReadOnlyList<string> chains) => new(chains.Count, chains.Sum(c => c.Length));

    /// <summary>Either condition: the chains of both.</summary>
    public SelectorSize Plus(SelectorSize other) => new(Chains + other.Chains, Characters + other.Characters);

    /// <summary>Both conditions: every chain of one followed by every chain of the other.</summary>
    public SelectorSize Times(SelectorSize other) =>
        new(Chains * other.Chains, Characters * other.Chains + other.Characters * Chains);
}
