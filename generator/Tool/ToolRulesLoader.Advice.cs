using MaalMedMening.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace MaalMedMening.Generator.Tool;

// What a rule shows (a balance's pole, move or questions; a piece of advice) and the pages it links to.
public static partial class ToolRulesLoader
{
    private sealed partial class Reader
    {
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
    }
}
