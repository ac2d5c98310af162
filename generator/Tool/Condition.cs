using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tool;

/// <summary>
/// When a piece of advice applies. One definition serves three uses, so they cannot drift apart:
/// the C# evaluation (tests), the CSS selectors that reveal advice in the browser, and the sentence
/// in the "how the advice is chosen" table.
/// </summary>
public abstract record Condition
{
    public abstract bool IsMetBy(Answers answers);

    /// <summary>Alternatives, each a chain of <c>:has(…)</c> tests on the tool's root element; the condition holds when any chain does.</summary>
    public abstract IReadOnlyList<string> Selectors();

    public abstract string Describe(IConditionText text);

    /// <summary>
    /// How much CSS <see cref="Selectors"/> would make, worked out without making it: an 'all' multiplies its parts'
    /// chains, so a few nested conditions can stand for more selectors than any browser or build should handle.
    /// </summary>
    public abstract SelectorSize Size();

    public static Condition Now(string balance, params int[] positions) => new At(balance, AnswerKind.Now, positions);

    public static Condition Want(string balance, params int[] positions) => new At(balance, AnswerKind.Want, positions);

    public static Condition Answered(string balance) => new AnsweredBalance(balance);

    public static Condition Moving(string balance, bool towardRight, Scale scale) => new Towards(balance, towardRight, scale.Count);

    public static Condition All(params Condition[] parts) => new AllOf(parts);

    public static Condition Any(params Condition[] parts) => new AnyOf(parts);

    protected static string Checked(IEnumerable<string> ids) =>
        ids.Count() == 1 ? $":has(#{ids.Single()}:checked)" : $":has(:is({string.Join(",", ids.Select(i => "#" + i))}):checked)";
}

/// <summary>The team placed itself (now or would like) at one of <paramref name="Positions"/> on a balance.</summary>
public sealed record At(string Balance, AnswerKind Kind, IReadOnlyList<int> Positions) : Condition
{
    public override bool IsMetBy(Answers answers) => answers.Get(Balance, Kind) is { } p && Positions.Contains(p);

    public override IReadOnlyList<string> Selectors() => [Checked(Positions.Select(p => FormIds.Radio(Balance, Kind, p)))];

    public override SelectorSize Size() => SelectorSize.Of(Selectors());

    public override string Describe(IConditionText text) =>
        text.Phrase(Kind == AnswerKind.Now ? StringKeys.ToolNowAt : StringKeys.ToolWantAt, text.Dimension(Balance),
            string.Join(text.Phrase(StringKeys.ToolOr), Positions.Select(p => text.Position(Balance, p))));
}

/// <summary>The team placed itself on a balance at all, now or would like.</summary>
public sealed record AnsweredBalance(string Balance) : Condition
{
    public override bool IsMetBy(Answers answers) =>
        answers.Get(Balance, AnswerKind.Now) is not null || answers.Get(Balance, AnswerKind.Want) is not null;

    public override IReadOnlyList<string> Selectors() =>
        [$":has([name={FormIds.Name(Balance, AnswerKind.Now)}]:checked)", $":has([name={FormIds.Name(Balance, AnswerKind.Want)}]:checked)"];

    public override SelectorSize Size() => SelectorSize.Of(Selectors());

    public override string Describe(IConditionText text) => text.Phrase(StringKeys.ToolAnswered, text.Dimension(Balance));
}

/// <summary>The team would like to be nearer one pole than it is now, on a scale of <paramref name="ScaleSize"/> positions.</summary>
public sealed record Towards(string Balance, bool Right, int ScaleSize) : Condition
{
    public override bool IsMetBy(Answers answers) =>
        answers.Get(Balance, AnswerKind.Now) is { } now && answers.Get(Balance, AnswerKind.Want) is { } want && (Right ? want > now : want < now);

    // CSS cannot compare two numbers, so "further right than now" is spelled out for each position now.
    public override IReadOnlyList<string> Selectors() =>
        Enumerable.Range(1, ScaleSize)
            .Select(now => (now, further: Enumerable.Range(1, ScaleSize).Where(w => Right ? w > now : w < now).ToList()))
            .Where(x => x.further.Count > 0)
            .Select(x => Checked([FormIds.Radio(Balance, AnswerKind.Now, x.now)]) + Checked(x.further.Select(w => FormIds.Radio(Balance, AnswerKind.Want, w))))
            .ToList();

    public override SelectorSize Size() => SelectorSize.Of(Selectors());

    public override string Describe(IConditionText text) =>
        text.Phrase(StringKeys.ToolMovingToward, text.Dimension(Balance), text.Pole(Balance, Right));
}

public sealed record AllOf(IReadOnlyList<Condition> Parts) : Condition
{
    public override bool IsMetBy(Answers answers) => Parts.All(p => p.IsMetBy(answers));

    public override IReadOnlyList<string> Selectors()
    {
        // Each part's selectors made once, not once for every chain they extend.
        IReadOnlyList<string> chains = [""];
        foreach (var part in Parts)
        {
            var next = part.Selectors();
            chains = chains.SelectMany(chain => next.Select(s => chain + s)).ToList();
        }

        return chains;
    }

    public override SelectorSize Size() => Parts.Aggregate(SelectorSize.Empty, (size, part) => size.Times(part.Size()));

    public override string Describe(IConditionText text) => string.Join(text.Phrase(StringKeys.ToolAnd), Parts.Select(p => p.Describe(text)));
}

public sealed record AnyOf(IReadOnlyList<Condition> Parts) : Condition
{
    public override bool IsMetBy(Answers answers) => Parts.Any(p => p.IsMetBy(answers));

    public override IReadOnlyList<string> Selectors() => Parts.SelectMany(p => p.Selectors()).ToList();

    public override SelectorSize Size() => Parts.Aggregate(SelectorSize.None, (size, part) => size.Plus(part.Size()));

    public override string Describe(IConditionText text) => string.Join(text.Phrase(StringKeys.ToolOr), Parts.Select(p => p.Describe(text)));
}
