using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>One of the booklet's four balances: a dimension, its question, and its two poles.</summary>
public sealed record Balance(string Id, string Dimension, string Name, Pole Left, Pole Right, SourceSpan Span)
{
    public IEnumerable<Pole> Poles => [Left, Right];

    /// <summary>The balance as a heading names it ("Focus: …", its dimension and its question): wherever its questions or rules are headed.</summary>
    public string Heading => $"{Dimension}: {Name}";
}
