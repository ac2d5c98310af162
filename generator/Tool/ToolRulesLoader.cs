using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

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
            var before = diagnostics.Count;
            var root = YamlReader.Parse(file.Text, file, 1, diagnostics);
            if (root is not YamlMappingNode top)
            {
                // Invalid YAML has been reported by the parser; an empty file or a list has not.
                if (root is not null || diagnostics.Count == before)
                {
                    Error(DiagnosticCodes.InvalidField, root, "the balance tool's rules must be a set of 'key: value' lines: scale, each-balance and groups");
                }

                return LogicTable.None;
            }

            RejectUnknownKeys(top, TopKeys);
            if (Find(top, "scale") is not { } scaleNode)
            {
                Error(DiagnosticCodes.MissingField, top, "'scale' is missing; add 'scale: { positions: 5, sets: { … } }'");
                return LogicTable.None;
            }

            if (ReadScale(scaleNode) is not { } scale)
            {
                return LogicTable.None;
            }

            _scale = scale;
            var groups = new List<ToolGroup>();
            var rules = new List<AdviceRule>();
            // Each rule of 'each-balance' is read once, about a stand-in balance, and then applied to every balance.
            var templates = balances.Count == 0 ? [] : Sequence(top, "each-balance").Select(t => ReadRule(t, ThisBalance, ThisBalance)).OfType<AdviceRule>().ToList();
            foreach (var balance in balances)
            {
                groups.Add(new ToolGroup(balance, null, Span(top)));
                rules.AddRange(templates.Select(t => t with { Group = balance, Advice = Bind(t.Advice, balance), When = Bind(t.When, ThisBalance, balance) }));
            }

            foreach (var node in Sequence(top, "groups"))
            {
                if (ReadGroup(node, groups) is { } group)
                {
                    groups.Add(group);
                    rules.AddRange(Sequence((YamlMappingNode)node, "rules").Select(r => ReadRule(r, group.Id, null)).OfType<AdviceRule>());
                }
            }

            ReportDuplicates(rules);
            return new LogicTable(scale, groups, rules, _unread);
        }

        private ToolGroup? ReadGroup(YamlNode node, List<ToolGroup> earlier)
        {
            if (node is not YamlMappingNode map)
            {
                Error(DiagnosticCodes.InvalidField, node, "each group must be a set of 'key: value' lines: id, heading and rules");
                return null;
            }

            RejectUnknownKeys(map, GroupKeys);
            var id = RequiredScalar(map, "id");
            var headings = new YamlMap(map, file, 1, diagnostics).Pairs("heading").ToDictionary(h => h.Name, h => h.Text, StringComparer.Ordinal);
            if (Find(map, "heading") is null)
            {
                Error(DiagnosticCodes.MissingField, map, "'heading' is missing; add the group's heading in each language, e.g. 'heading: { en: …, sv: … }'");
            }

            if (id is null || headings.Count == 0)
            {
                return null;
            }

            if (!DataIds.IsValid(id))
            {
                Error(DiagnosticCodes.InvalidId, Find(map, "id"), DataIds.Problem("the group id", id));
                return null;
            }

            if (earlier.FirstOrDefault(g => g.Id == id) is { } clash)
            {
                Error(DiagnosticCodes.RuleError, Find(map, "id"), clash.Headings is null
                    ? $"group id '{id}' is the id of a balance, whose group comes from 'each-balance'; choose another id"
                    : $"group '{id}' is declared twice; the first is at {clash.Span}");
                return null;
            }

            return new ToolGroup(id, headings, Span(Find(map, "heading")));
        }

        /// <param name="balance">For a rule of 'each-balance': the balance it is applied to.</param>
        private AdviceRule? ReadRule(YamlNode node, string group, string? balance)
        {
            if (node is not YamlMappingNode map)
            {
                Error(DiagnosticCodes.InvalidField, node, "each rule must be a set of 'key: value' lines: show, when and (optionally) links");
                return null;
            }

            RejectUnknownKeys(map, RuleKeys);
            var advice = ReadShow(map, balance);
            var when = Find(map, "when") is { } whenNode ? ReadCondition(whenNode, balance) : Missing(map, "when", "'when: { … }', the answers under which the advice shows");
            var links = ReadLinks(Find(map, "links"));
            // A rule for every balance is measured as it would be for the balance with the longest id: its largest CSS.
            var longest = balances.MaxBy(b => b.Length) ?? "";
            if (when is not null && (balance == ThisBalance ? Bind(when, ThisBalance, longest) : when) is var measured && TooLarge(measured))
            {
                var size = measured.Size();
                Error(DiagnosticCodes.RuleTooLarge, Find(map, "when"),
                    $"this condition would make {Number(size.Chains)} selector chains ({Number(size.Characters)} characters of CSS); " +
                    $"a rule may make at most {MaxChainsPerRule} ({MaxSelectorCharactersPerRule} characters): each 'all' multiplies its parts, so " +
                    "name the balances instead of 'any-balance', or split the rule");
                when = null;
            }

            if (advice is not null && when is null)
            {
                _unread.UnionWith(balance == ThisBalance ? balances.Select(b => Bind(advice, b).Id) : [advice.Id]);
            }

            return advice is null || when is null ? null : new AdviceRule(group, advice, when, links, Span(map));
        }

        // A balance's own advice (pole, move, questions) read about the stand-in balance, made about a real one.
        private static AdviceRef Bind(AdviceRef advice, string balance) => advice switch
        {
            PoleAdvice pole => pole with { Balance = balance },
            MoveAdvice move => move with { Balance = balance },
            QuestionsAdvice questions => questions with { Balance = balance },
            _ => advice,
        };

        private Condition? Missing(YamlNode at, string key, string what)
        {
            Error(DiagnosticCodes.MissingField, at, $"'{key}' is missing; add {what}");
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

        private string? RequiredScalar(YamlMappingNode map, string key)
        {
            if (Find(map, key) is YamlScalarNode { Value: { Length: > 0 } value })
            {
                return value.Trim();
            }

            Error(Find(map, key) is null ? DiagnosticCodes.MissingField : DiagnosticCodes.InvalidField, Find(map, key) ?? map,
                $"'{key}' must be a single value; add '{key}: …'");
            return null;
        }

        private IReadOnlyList<YamlNode> Sequence(YamlMappingNode map, string key)
        {
            switch (Find(map, key))
            {
                case null:
                    return [];
                case YamlSequenceNode sequence:
                    return [.. sequence.Children];
                case var other:
                    Error(DiagnosticCodes.InvalidField, other, $"'{key}' must be a list ('- …' lines)");
                    return [];
            }
        }

        private void RejectUnknownKeys(YamlMappingNode map, IReadOnlySet<string> known)
        {
            foreach (var (key, _) in map.Children)
            {
                if (key is not YamlScalarNode { Value: { } name } || !known.Contains(name))
                {
                    Error(DiagnosticCodes.InvalidField, key,
                        $"unknown field '{(key as YamlScalarNode)?.Value}'; known fields here are {string.Join(", ", known.Order(StringComparer.Ordinal))}");
                }
            }
        }

        private static YamlNode? Find(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        private SourceSpan Span(YamlNode? node) => file.At(node is null ? 1 : YamlReader.LineOf(node, 1));

        private void Error(string code, YamlNode? node, string message) => diagnostics.Report(code, Span(node), message);
    }
}
