namespace MaalMedMening.Generator.Data;

/// <summary>All data items of one language, as loaded from <c>input/&lt;lang&gt;/data/</c>.</summary>
public sealed record LanguageData(
    string Language,
    IReadOnlyList<Balance> Balances,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<Advice> Advice,
    IReadOnlyList<Chart> Charts,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<ToolAdvice> ToolAdvice,
    IReadOnlyList<Correction> Corrections)
{
    /// <summary>The levels the advice is sorted by (advice-levels.yml), each named in this language.</summary>
    public IReadOnlyList<AdviceLevel> AdviceLevels { get; init; } = [];

    /// <summary>A file of this language's data had an error when it was read: items may be missing, so what is counted from it is not known.</summary>
    public bool HasErrors { get; init; }

    public Balance? FindBalance(string id) => Balances.FirstOrDefault(b => b.Id == id);

    public IEnumerable<Question> QuestionsIn(string group) => Questions.Where(q => q.Group == group);

    public IEnumerable<Advice> AdviceAt(string level) => Advice.Where(a => a.Level == level);

    /// <summary>Every id with its kind, for checking that both languages hold the same items.</summary>
    public IEnumerable<(string Kind, string Id, Diagnostics.SourceSpan Span)> AllIds() =>
        Balances.Select(b => ("balance", b.Id, b.Span))
            .Concat(Questions.Select(q => ("question", q.Id, q.Span)))
            .Concat(Advice.Select(a => ("advice", a.Id, a.Span)))
            .Concat(AdviceLevels.Select(l => ("advice level", l.Id, l.Span)))
            .Concat(Charts.Select(c => ("chart", c.Id, c.Span)))
            .Concat(Glossary.Select(g => ("glossary entry", g.Id, g.Span)))
            .Concat(ToolAdvice.Select(t => ("tool advice", t.Id, t.Span)))
            .Concat(Corrections.Select(c => ("correction", c.Id, c.Span)));
}
