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
public static class ToolRulesLoader
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

    private sealed class Reader(SourceFile file, IReadOnlyList<string> balances, DiagnosticBag diagnostics)
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
            var templates = Sequence(top, "each-balance");
            foreach (var balance in balances)
            {
                groups.Add(new ToolGroup(balance, null, Span(top)));
                rules.AddRange(templates.Select(t => ReadRule(t, balance, balance)).OfType<AdviceRule>());
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

        private Scale? ReadScale(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Error(DiagnosticCodes.InvalidField, node, "'scale' must be a set of 'key: value' lines: positions and sets");
                return null;
            }

            RejectUnknownKeys(map, ScaleKeys);
            var countNode = Find(map, "positions");
            if (countNode is not YamlScalarNode { Value: { } text } || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 2 or > MaxPositions)
            {
                Error(countNode is null ? DiagnosticCodes.MissingField : DiagnosticCodes.InvalidField, countNode ?? map,
                    $"'positions' must be the number of positions on the scale, 2 to {MaxPositions} (the first and last are the poles)");
                return null;
            }

            var sets = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
            var probe = new Scale(count, sets);
            switch (Find(map, "sets"))
            {
                case null:
                    break;
                case YamlMappingNode named:
                    foreach (var (key, value) in named.Children)
                    {
                        if (key is YamlScalarNode { Value: { Length: > 0 } name } && ReadPositions(value, probe, literalOnly: true) is { } positions)
                        {
                            sets[name] = positions;
                        }
                    }

                    break;
                case var other:
                    Error(DiagnosticCodes.InvalidField, other, "'sets' must name lists of positions, e.g. 'near-left: [1, 2]'");
                    break;
            }

            var labels = Find(map, "labels");
            if (labels is null && count > Scale.MaxUnnamedPositions)
            {
                Error(DiagnosticCodes.InvalidPositionLabels, countNode,
                    $"a scale of {count} positions names its positions under 'labels:' (one list per language): beyond {Scale.MaxUnnamedPositions}, the labels made from the poles would repeat");
            }

            return labels is null ? probe : probe with { Labels = ReadLabels(labels, count), LabelsSpan = Span(labels) };
        }

        // 'labels: { sv: [ … ], en: [ … ] }': each language names every position once, from the left pole.
        private Dictionary<string, IReadOnlyList<string>> ReadLabels(YamlNode node, int count)
        {
            var labels = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (node is not YamlMappingNode languages)
            {
                Error(DiagnosticCodes.InvalidField, node, "'labels' names the positions in each language: 'sv: [ …, … ]', one line per language");
                return labels;
            }

            foreach (var (key, value) in languages.Children)
            {
                var texts = value is YamlSequenceNode list && list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 })
                    ? list.Children.Select(c => ((YamlScalarNode)c).Value!.Trim()).ToList()
                    : null;
                var language = (key as YamlScalarNode)?.Value ?? "";
                if (texts is null || texts.Count != count)
                {
                    Error(DiagnosticCodes.InvalidPositionLabels, value,
                        $"the labels of language '{language}' must be a list of {count} texts, one per position from the left pole, e.g. [\"{{left}}\", …, \"{{right}}\"]");
                }
                else if (texts.GroupBy(t => t, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                {
                    Error(DiagnosticCodes.InvalidPositionLabels, value,
                        $"the labels of language '{language}' name two positions '{twice.Key}'; a team could not tell their radios apart");
                }
                else
                {
                    labels[language] = texts;
                }
            }

            return labels;
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

            // A rule of 'each-balance' is read once per balance; its shape is reported only the first time.
            var first = balance is null || balance == balances[0];
            if (first)
            {
                RejectUnknownKeys(map, RuleKeys);
            }

            var reader = first ? this : Quiet();
            var advice = reader.ReadShow(map, balance);
            var when = Find(map, "when") is { } whenNode ? reader.ReadCondition(whenNode, balance) : reader.Missing(map, "when", "'when: { … }', the answers under which the advice shows");
            var links = reader.ReadLinks(Find(map, "links"));
            if (when is not null && TooLarge(when))
            {
                var size = when.Size();
                reader.Error(DiagnosticCodes.RuleTooLarge, Find(map, "when"),
                    $"this condition would make {Number(size.Chains)} selector chains ({Number(size.Characters)} characters of CSS); " +
                    $"a rule may make at most {MaxChainsPerRule} ({MaxSelectorCharactersPerRule} characters): each 'all' multiplies its parts, so " +
                    "name the balances instead of 'any-balance', or split the rule");
                when = null;
            }

            if (advice is not null && when is null)
            {
                _unread.Add(advice.Id);
            }

            return advice is null || when is null ? null : new AdviceRule(group, advice, when, links, Span(map));
        }

        private static bool TooLarge(Condition when) =>
            when.Size() is var size && (size.Chains > MaxChainsPerRule || size.Characters > MaxSelectorCharactersPerRule);

        // Whole numbers as digits, however large (a double past 10^15 is printed in exponent form).
        private static string Number(double value) =>
            value < 1e15 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.##E+0", CultureInfo.InvariantCulture);

        // The same text read again for another balance: its mistakes were reported the first time.
        private Reader Quiet() => new(file, balances, new DiagnosticBag()) { _scale = _scale };

        private Condition? Missing(YamlNode at, string key, string what)
        {
            Error(DiagnosticCodes.MissingField, at, $"'{key}' is missing; add {what}");
            return null;
        }

        private AdviceRef? ReadShow(YamlMappingNode rule, string? balance)
        {
            var node = Find(rule, "show");
            switch (node, balance)
            {
                case (null, _):
                    Missing(rule, "show", "the advice the rule shows");
                    return null;
                case (YamlScalarNode { Value: var kind }, { } b) when BalanceAdvice.Contains(kind):
                    return kind switch
                    {
                        "pole-left" => new PoleAdvice(b, Right: false),
                        "pole-right" => new PoleAdvice(b, Right: true),
                        "move-left" => new MoveAdvice(b, Right: false),
                        "move-right" => new MoveAdvice(b, Right: true),
                        _ => new QuestionsAdvice(b),
                    };
                case (YamlScalarNode, { }):
                    Error(DiagnosticCodes.InvalidField, node, $"a rule for every balance shows one of {string.Join(", ", BalanceAdvice)}");
                    return null;
                case (YamlMappingNode { Children.Count: 1 } map, null)
                    when map.Children.Single() is (YamlScalarNode { Value: { } source }, YamlScalarNode { Value: { Length: > 0 } id }) && ShowKeys.Contains(source):
                    return source == "advice" ? new BookletAdvice(id) : new ToolTextAdvice(id);
                default:
                    Error(DiagnosticCodes.InvalidField, node, balance is null
                        ? "a group's rule shows '{ advice: id }' (advice.yml) or '{ tool-advice: id }' (tool-advice.yml)"
                        : $"a rule for every balance shows one of {string.Join(", ", BalanceAdvice)}");
                    return null;
            }
        }

        /// <param name="balance">The balance a condition without 'balance:' is about, inside 'each-balance' or 'any-balance'.</param>
        private Condition? ReadCondition(YamlNode node, string? balance)
        {
            if (node is not YamlMappingNode map || map.Children.Count == 0)
            {
                Error(DiagnosticCodes.InvalidField, node,
                    "a condition is a set of 'key: value' lines: { now: set }, { want: set }, { moving: left }, { answered: true } (each with 'balance:' where no balance is given), { all: [ … ] }, { any: [ … ] } or { any-balance: { … } }");
                return null;
            }

            if (map.Children.Count == 1 && map.Children.Single() is (YamlScalarNode { Value: "all" or "any" } key, var value))
            {
                if (value is not YamlSequenceNode { Children.Count: > 0 } parts)
                {
                    Error(DiagnosticCodes.InvalidField, value, $"'{key.Value}' must be a list of conditions ('[ {{ … }}, {{ … }} ]')");
                    return null;
                }

                var read = parts.Children.Select(p => ReadCondition(p, balance)).ToList();
                return read.Any(p => p is null) ? null : key.Value == "all" ? new AllOf([.. read!]) : new AnyOf([.. read!]);
            }

            if (map.Children.Count == 1 && map.Children.Single() is (YamlScalarNode { Value: "any-balance" }, var inner))
            {
                if (balances.Count == 0)
                {
                    Error(DiagnosticCodes.RuleError, node, "'any-balance' needs balances, and balances.yml has none");
                    return null;
                }

                var each = balances.Select((b, i) => (i == 0 ? this : Quiet()).ReadCondition(inner, b)).ToList();
                return each.Any(p => p is null) ? null : new AnyOf([.. each!]);
            }

            return ReadLeaf(map, balance);
        }

        private Condition? ReadLeaf(YamlMappingNode map, string? balance)
        {
            RejectUnknownKeys(map, LeafKeys);
            var tests = map.Children.Where(c => c.Key is YamlScalarNode { Value: "now" or "want" or "moving" or "answered" }).ToList();
            if (tests.Count != 1)
            {
                Error(DiagnosticCodes.InvalidField, map, "a condition tests one thing: now, want, moving or answered (use 'all:' to combine)");
                return null;
            }

            if (Find(map, "balance") is { } named)
            {
                if (named is not YamlScalarNode { Value: { } id } || !balances.Contains(id))
                {
                    Error(DiagnosticCodes.UnknownId, named,
                        $"unknown balance '{(named as YamlScalarNode)?.Value}'; known balances are {string.Join(", ", balances)}");
                    return null;
                }

                balance = id;
            }
            else if (balance is null)
            {
                Error(DiagnosticCodes.InvalidField, map, "which balance? add 'balance: id' (only rules for every balance and 'any-balance' may leave it out)");
                return null;
            }

            var (key, value) = tests[0];
            switch (((YamlScalarNode)key).Value, value)
            {
                case ("now" or "want", _):
                    var positions = ReadPositions(value, _scale, literalOnly: false);
                    return positions is null ? null : new At(balance, ((YamlScalarNode)key).Value == "now" ? AnswerKind.Now : AnswerKind.Want, positions);
                case ("moving", YamlScalarNode { Value: "left" or "right" } side):
                    return Condition.Moving(balance, side.Value == "right", _scale);
                case ("answered", YamlScalarNode { Value: "true" }):
                    return new AnsweredBalance(balance);
                case ("moving", _):
                    Error(DiagnosticCodes.InvalidField, value, "'moving' is 'left' or 'right': the pole the team would like to be nearer");
                    return null;
                default:
                    Error(DiagnosticCodes.InvalidField, value, "'answered' is 'true': the team placed itself on the balance, now or would like");
                    return null;
            }
        }

        /// <summary>A list of positions, or (where <paramref name="literalOnly"/> is false) the name of one of the scale's sets.</summary>
        private IReadOnlyList<int>? ReadPositions(YamlNode node, Scale scale, bool literalOnly)
        {
            switch (node)
            {
                case YamlScalarNode { Value: { } name } when !literalOnly:
                    if (scale.Sets.TryGetValue(name, out var set))
                    {
                        return set;
                    }

                    Error(DiagnosticCodes.UnknownId, node, scale.Sets.Count == 0
                        ? $"unknown set of positions '{name}'; the scale names none, so list positions, e.g. [1, 2]"
                        : $"unknown set of positions '{name}'; the scale names {string.Join(", ", scale.Sets.Keys)}, or list positions, e.g. [1, 2]");
                    return null;
                case YamlSequenceNode { Children.Count: > 0 } list:
                    var positions = new List<int>();
                    foreach (var item in list.Children)
                    {
                        if (item is not YamlScalarNode { Value: { } text } || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var position))
                        {
                            Error(DiagnosticCodes.InvalidField, item, "a position is a whole number, 1 for the left pole");
                            return null;
                        }

                        if (!scale.Contains(position))
                        {
                            Error(DiagnosticCodes.RuleError, item, $"position {position} is off the scale, which has positions 1 to {scale.Count}");
                            return null;
                        }

                        positions.Add(position);
                    }

                    return positions;
                default:
                    Error(DiagnosticCodes.InvalidField, node, literalOnly
                        ? "a set of positions is a non-empty list, e.g. [1, 2]"
                        : "positions are the name of one of the scale's sets or a non-empty list, e.g. [1, 2]");
                    return null;
            }
        }

        // The translation keys of the pages the advice comes from: "key other-key" (as in tool-advice.yml) or a list.
        private IReadOnlyList<string> ReadLinks(YamlNode? node)
        {
            switch (node)
            {
                case null:
                    return [];
                case YamlScalarNode { Value: var text }:
                    return (text ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
                case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                    return list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").Where(k => k.Length > 0).ToList();
                default:
                    Error(DiagnosticCodes.InvalidField, node, "'links' are the translation keys of pages, separated by spaces");
                    return [];
            }
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
