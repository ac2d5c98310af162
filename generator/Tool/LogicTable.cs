namespace MaalMedMening.Generator.Tool;

/// <summary>The rules, evaluated: which advice a set of answers selects, in the order the page shows it.</summary>
public sealed class LogicTable(IReadOnlyList<AdviceRule> rules)
{
    public IReadOnlyList<AdviceRule> Rules { get; } = rules;

    public IReadOnlyList<AdviceRef> Select(Answers answers) =>
        Rules.Where(r => r.When.IsMetBy(answers)).Select(r => r.Advice).ToList();

    /// <summary>The groups in page order, each with the condition under which it has anything to show.</summary>
    public IReadOnlyList<(string Group, Condition When)> Groups() =>
        Rules.GroupBy(r => r.Group)
            .Select(g => (g.Key, (Condition)Condition.Any([.. g.Select(r => r.When)])))
            .ToList();
}
