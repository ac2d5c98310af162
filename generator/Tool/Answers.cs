using System.Collections.Immutable;

namespace MaalMedMening.Generator.Tool;

/// <summary>A team's answers: for some balances a position now and/or a position they would like. Immutable.</summary>
public sealed record Answers(ImmutableDictionary<(string Balance, AnswerKind Kind), int> Positions)
{
    public static readonly Answers None = new(ImmutableDictionary<(string, AnswerKind), int>.Empty);

    public int? Get(string balance, AnswerKind kind) => Positions.TryGetValue((balance, kind), out var p) ? p : null;

    public Answers With(string balance, AnswerKind kind, int position) => new(Positions.SetItem((balance, kind), position));

    public bool IsEmpty => Positions.IsEmpty;
}
