using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace MaalMedMening.Generator.Tool;

// The rules file's scale: its positions, named sets of positions, and the positions' names in each language.
public static partial class ToolRulesLoader
{
    private sealed partial class Reader
    {
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
    }
}
