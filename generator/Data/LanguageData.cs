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

    /// <summary>
    /// <c>serve</c>'s preview of a language in progress: the items it lacks taken from <paramref name="fallback"/> (the
    /// default language's), in the fallback's order with the language's own items in their place, its other items after.
    /// </summary>
    public LanguageData WithFallback(LanguageData fallback) =>
        new(Language, Merge(Balances, fallback.Balances, b => b.Id), Merge(Questions, fallback.Questions, q => q.Id),
            Merge(Advice, fallback.Advice, a => a.Id), Merge(Charts, fallback.Charts, c => c.Id), Merge(Glossary, fallback.Glossary, g => g.Id),
            Merge(ToolAdvice, fallback.ToolAdvice, t => t.Id), Merge(Corrections, fallback.Corrections, c => c.Id))
        {
            AdviceLevels = Merge(AdviceLevels, fallback.AdviceLevels, l => l.Id),
        };

    private static List<T> Merge<T>(IReadOnlyList<T> own, IReadOnlyList<T> fallback, Func<T, string> id)
    {
        var byId = own.GroupBy(id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var fallbackIds = fallback.Select(id).ToHashSet(StringComparer.Ordinal);
        return [.. fallback.Select(f => byId.GetValueOrDefault(id(f), f)), .. own.Where(o => !fallbackIds.Contains(id(o)))];
    }

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
