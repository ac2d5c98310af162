using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tool;

/// <summary>
/// Reads the balance tool's rules (<c>input/tool-rules.yml</c>: the scale, the rules applied to every balance, and
/// the groups of rules over named balances) into the typed <see cref="LogicTable"/>. Every mistake is a content
/// error at its line; what needs a language's data (advice ids, headings, pages) is checked by <see cref="RuleCheck"/>.
/// </summary>
public static partial class ToolRulesLoader
{
    public const string FileName = "tool-rules.yml";

    // A team chooses among a handful of positions; the CSS for a move grows with the square of their number.
    private const int MaxPositions = 15;

    /// <summary>
    /// The most selector chains one rule's condition may make. The tool's CSS repeats a rule's chains for its advice,
    /// its row in the rules table and its group, so this also bounds the stylesheet: the site's largest rule makes
    /// eight, while three 'any-balance' moves under one 'all' already make 175 616.
    /// </summary>
    public const int MaxChainsPerRule = 2_000;

    /// <summary>The most characters of selectors one rule's condition may make (the same bound in bytes of CSS).</summary>
    public const int MaxSelectorCharactersPerRule = 256 * 1024;

    private static readonly IReadOnlySet<string> TopKeys = new HashSet<string> { "scale", "each-balance", "groups" };
    private static readonly IReadOnlySet<string> ScaleKeys = new HashSet<string> { "positions", "sets", "labels" };
    private static readonly IReadOnlySet<string> GroupKeys = new HashSet<string> { "id", "heading", "rules" };
    private static readonly IReadOnlySet<string> RuleKeys = new HashSet<string> { "show", "when", "links" };
    private static readonly IReadOnlySet<string> ShowKeys = new HashSet<string> { "advice", "tool-advice" };
    private static readonly IReadOnlySet<string> LeafKeys = new HashSet<string> { "balance", "now", "want", "moving", "answered" };
    private static readonly IReadOnlyList<string> BalanceAdvice = ["pole-left", "pole-right", "move-left", "move-right", "questions"];

    /// <returns>The rules, or null when the input has no rules file (a site without a balance tool).</returns>
    public static LogicTable? Load(string inputFolder, IReadOnlyList<string> balances, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var file = InputReader.Read(path, "", FileName, diagnostics);
        return file is null ? LogicTable.None : Parse(file, balances, diagnostics);
    }

    /// <param name="balances">The balance ids of the data, in their order: each-balance rules apply to each.</param>
    public static LogicTable Parse(SourceFile file, IReadOnlyList<string> balances, DiagnosticBag diagnostics) =>
        new Reader(file, balances, diagnostics).Read();

    private sealed partial class Reader(SourceFile file, IReadOnlyList<string> balances, DiagnosticBag diagnostics)
    {
        private Scale _scale = LogicTable.None.Scale;
        private readonly HashSet<string> _unread = [];

        public LogicTable Read()
        {
            // Invalid YAML, an empty file and a list are reported by the reader.
            if (YamlReader.ReadMap(file, diagnostics) is not { } top)
            {
                return LogicTable.None;
            }

            top.RejectUnknownKeys(TopKeys);
            if (!top.Has("scale"))
            {
                Error(DiagnosticCodes.MissingField, top.Span, "'scale' is missing; add 'scale: { positions: 5, sets: { … } }'");
                return LogicTable.None;
            }

            if (top.Map("scale") is not { } scaleMap || ReadScale(scaleMap) is not { } scale)
            {
                return LogicTable.None;
            }

            _scale = scale;
            // The form's ids name a balance by its initials: two that share them would share radio buttons.
            var collisions = FormIds.Collisions(balances).ToList();
            foreach (var same in collisions)
            {
                Error(DiagnosticCodes.DuplicateId, top.Span,
                    $"the balances {string.Join(" and ", same.Select(b => $"'{b}'"))} would share the tool's short name '{FormIds.Short(same[0])}' (the initials of the id's words); rename one");
            }

            if (collisions.Count > 0)
            {
                return LogicTable.None;
            }

            var groups = new List<ToolGroup>();
            var rules = new List<AdviceRule>();
            // Each rule of 'each-balance' is read once, about a stand-in balance, and then applied to every balance.
            var templates = balances.Count == 0 ? [] : top.List("each-balance").Select(t => ReadRule(t, ThisBalance, ThisBalance)).OfType<AdviceRule>().ToList();
            foreach (var balance in balances)
            {
                groups.Add(new ToolGroup(balance, null, top.Span));
                rules.AddRange(templates.Select(t => t with { Group = balance, Advice = Bind(t.Advice, balance), When = Bind(t.When, ThisBalance, balance) }));
            }

            foreach (var map in top.List("groups"))
            {
                if (ReadGroup(map, groups) is { } group)
                {
                    groups.Add(group);
                    rules.AddRange(map.List("rules").Select(r => ReadRule(r, group.Id, null)).OfType<AdviceRule>());
                }
            }

            ReportDuplicates(rules);
            return new LogicTable(scale, groups, rules, _unread);
        }

        private ToolGroup? ReadGroup(YamlMap map, List<ToolGroup> earlier)
        {
            map.RejectUnknownKeys(GroupKeys);
            var id = map.RequiredString("id");
            var headings = map.Pairs("heading").ToDictionary(h => h.Name, h => h.Text, StringComparer.Ordinal);
            if (!map.Has("heading"))
            {
                Error(DiagnosticCodes.MissingField, map.Span, "'heading' is missing; add the group's heading in each language, e.g. 'heading: { en: …, sv: … }'");
            }

            if (id.Length == 0 || headings.Count == 0)
            {
                return null;
            }

            if (!DataIds.IsValid(id))
            {
                Error(DiagnosticCodes.InvalidId, map.SpanOf("id"), DataIds.Problem("the group id", id));
                return null;
            }

            if (earlier.FirstOrDefault(g => g.Id == id) is { } clash)
            {
                Error(DiagnosticCodes.RuleError, map.SpanOf("id"), clash.Headings is null
                    ? $"group id '{id}' is the id of a balance, whose group comes from 'each-balance'; choose another id"
                    : $"group '{id}' is declared twice; the first is at {clash.Span}");
                return null;
            }

            return new ToolGroup(id, headings, map.SpanOf("heading"));
        }

        /// <param name="balance">For a rule of 'each-balance': the balance it is applied to.</param>
        private AdviceRule? ReadRule(YamlMap map, string group, string? balance)
        {
            map.RejectUnknownKeys(RuleKeys);
            var advice = ReadShow(map, balance);
            var when = !map.Has("when") ? Missing(map, "when", "'when: { … }', the answers under which the advice shows")
                : map.Map("when") is { } whenMap ? ReadCondition(whenMap, balance) : null;
            var links = ReadLinks(map);
            // A rule for every balance is measured as it would be for the balance with the longest id: its largest CSS.
            var longest = balances.MaxBy(b => b.Length) ?? "";
            if (when is not null && (balance == ThisBalance ? Bind(when, ThisBalance, longest) : when) is var measured && TooLarge(measured))
            {
                var size = measured.Size();
                Error(DiagnosticCodes.RuleTooLarge, map.SpanOf("when"),
                    $"this condition would make {Number(size.Chains)} selector chains ({Number(size.Characters)} characters of CSS); " +
                    $"a rule may make at most {MaxChainsPerRule} ({MaxSelectorCharactersPerRule} characters): each 'all' multiplies its parts, so " +
                    "name the balances instead of 'any-balance', or split the rule");
                when = null;
            }

            if (advice is not null && when is null)
            {
                _unread.UnionWith(balance == ThisBalance ? balances.Select(b => Bind(advice, b).Id) : [advice.Id]);
            }

            return advice is null || when is null ? null : new AdviceRule(group, advice, when, links, map.Span);
        }

        // A balance's own advice (pole, move, questions) read about the stand-in balance, made about a real one.
        private static AdviceRef Bind(AdviceRef advice, string balance) => advice switch
        {
            PoleAdvice pole => pole with { Balance = balance },
            MoveAdvice move => move with { Balance = balance },
            QuestionsAdvice questions => questions with { Balance = balance },
            _ => advice,
        };

        private Condition? Missing(YamlMap at, string key, string what)
        {
            Error(DiagnosticCodes.MissingField, at.Span, $"'{key}' is missing; add {what}");
            return null;
        }

        private void ReportDuplicates(List<AdviceRule> rules)
        {
            // A rule of 'each-balance' read for every balance has one line: its duplicate is reported there once.
            var reported = new HashSet<SourceSpan>();
            foreach (var duplicate in rules.GroupBy(r => r.Advice.Id).Where(g => g.Count() > 1))
            {
                foreach (var rule in duplicate.Skip(1).Where(r => reported.Add(r.Span)))
                {
                    diagnostics.Report(DiagnosticCodes.RuleError, rule.Span,
                        $"advice '{duplicate.Key}' already has a rule at {duplicate.First().Span}; each piece of advice has one rule");
                }
            }
        }

        private void Error(string code, SourceSpan span, string message) => diagnostics.Report(code, span, message);
    }
}
