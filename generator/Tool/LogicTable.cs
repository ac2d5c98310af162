namespace MaalMedMening.Generator.Tool;

/// <summary>
/// The balance tool's rules as loaded from the rules file (<see cref="ToolRulesLoader"/>), and evaluated: which advice
/// a set of answers selects, in the order the page shows it. The page, its CSS and the "how the advice is chosen"
/// table are all generated from this one model.
/// </summary>
/// <param name="unread">Advice named by rules that had errors: not also reported as advice no rule shows.</param>
public sealed class LogicTable(Scale scale, IReadOnlyList<ToolGroup> groups, IReadOnlyList<AdviceRule> rules, IReadOnlySet<string>? unread = null)
{
    /// <summary>No tool: a site without balances and without a rules file.</summary>
    public static readonly LogicTable None = new(new Scale(0, new Dictionary<string, IReadOnlyList<int>>()), [], []);

    public Scale Scale { get; } = scale;

    public IReadOnlyList<ToolGroup> HeadedGroups { get; } = groups;

    public IReadOnlyList<AdviceRule> Rules { get; } = rules;

    public IReadOnlySet<string> Unread { get; } = unread ?? new HashSet<string>();

    public IReadOnlyList<AdviceRef> Select(Answers answers) =>
        Rules.Where(r => r.When.IsMetBy(answers)).Select(r => r.Advice).ToList();

    /// <summary>The groups in page order, each with the condition under which it has anything to show.</summary>
    public IReadOnlyList<(string Group, Condition When)> Groups() =>
        Rules.GroupBy(r => r.Group)
            .Select(g => (g.Key, (Condition)Condition.Any([.. g.Select(r => r.When)])))
            .ToList();

    /// <summary>
    /// <c>serve</c>'s preview of languages in progress: each of <paramref name="languages"/> that lacks a group's heading
    /// or the scale's position names has <paramref name="defaultLanguage"/>'s (the check has warned of each).
    /// </summary>
    public LogicTable FilledIn(IEnumerable<string> languages, string defaultLanguage)
    {
        IReadOnlyDictionary<string, T> Fill<T>(IReadOnlyDictionary<string, T> texts) =>
            !texts.TryGetValue(defaultLanguage, out var fallback) ? texts
                : languages.Where(l => !texts.ContainsKey(l)).Aggregate(texts.ToDictionary(), (all, l) => { all[l] = fallback; return all; });

        return new LogicTable(Scale with { Labels = Fill(Scale.Labels) },
            [.. HeadedGroups.Select(g => g.Headings is null ? g : g with { Headings = Fill(g.Headings) })], Rules, Unread);
    }

    /// <summary>A group's heading in one language, or null when the group is a balance's (or the language has none).</summary>
    public string? Heading(string group, string language) =>
        HeadedGroups.FirstOrDefault(g => g.Id == group)?.Headings?.GetValueOrDefault(language);
}
