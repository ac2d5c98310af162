using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tool;

// What a rule shows (a balance's pole, move or questions; a piece of advice) and the pages it links to.
public static partial class ToolRulesLoader
{
    private sealed partial class Reader
    {
        private AdviceRef? ReadShow(YamlMap rule, string? balance)
        {
            var eachBalance = $"a rule for every balance shows one of {string.Join(", ", BalanceAdvice)}";
            switch (rule.KindOf("show"), balance)
            {
                case (YamlKind.Missing, _):
                    Missing(rule, "show", "the advice the rule shows");
                    return null;
                case (YamlKind.Value, { } b):
                    var kind = rule.OptionalString("show");
                    if (!BalanceAdvice.Contains(kind))
                    {
                        Error(DiagnosticCodes.UnknownValue, rule.SpanOf("show"), eachBalance);
                        return null;
                    }

                    return kind switch
                    {
                        "pole-left" => new PoleAdvice(b, Right: false),
                        "pole-right" => new PoleAdvice(b, Right: true),
                        "move-left" => new MoveAdvice(b, Right: false),
                        "move-right" => new MoveAdvice(b, Right: true),
                        _ => new QuestionsAdvice(b),
                    };
                case (YamlKind.Map, null):
                    return ReadAdvice(rule.Map("show")!);
                default:
                    Error(DiagnosticCodes.WrongKind, rule.SpanOf("show"), balance is null
                        ? "a group's rule shows '{ advice: id }' (advice.yml) or '{ tool-advice: id }' (tool-advice.yml)"
                        : eachBalance);
                    return null;
            }
        }

        // '{ advice: id }' or '{ tool-advice: id }': one piece of advice from one of the two files.
        private AdviceRef? ReadAdvice(YamlMap show)
        {
            show.RejectUnknownKeys(ShowKeys);
            var sources = show.Keys.Where(ShowKeys.Contains).ToList();
            if (sources.Count == 1 && show.OptionalString(sources[0]) is { Length: > 0 } id)
            {
                return sources[0] == "advice" ? new BookletAdvice(id) : new ToolTextAdvice(id);
            }

            // An unknown key alone has been reported with its nearest known key.
            if (sources.Count != 0 || show.Count == 0)
            {
                Error(sources.Count > 1 ? DiagnosticCodes.ConflictingValue : DiagnosticCodes.InvalidValue, show.Span,
                    "a group's rule shows '{ advice: id }' (advice.yml) or '{ tool-advice: id }' (tool-advice.yml)");
            }

            return null;
        }

        // The translation keys of the pages the advice comes from: "key other-key" (as in tool-advice.yml) or a list.
        private IReadOnlyList<string> ReadLinks(YamlMap rule)
        {
            switch (rule.KindOf("links"))
            {
                case YamlKind.Missing:
                    return [];
                case YamlKind.Value:
                    return (rule.OptionalString("links") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
                case YamlKind.List:
                    return rule.Scalars("links").Select(s => s.Value).Where(k => k.Length > 0).ToList();
                default:
                    Error(DiagnosticCodes.WrongKind, rule.SpanOf("links"), "'links' are the translation keys of pages, separated by spaces");
                    return [];
            }
        }
    }
}
