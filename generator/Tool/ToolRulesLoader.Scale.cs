using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tool;

// The rules file's scale: its positions, named sets of positions, and the positions' names in each language.
public static partial class ToolRulesLoader
{
    private sealed partial class Reader
    {
        private Scale? ReadScale(YamlMap map)
        {
            map.RejectUnknownKeys(ScaleKeys);
            var text = map.OptionalString("positions");
            if (text is null || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 2 or > MaxPositions)
            {
                Error(!map.Has("positions") ? DiagnosticCodes.MissingField : DiagnosticCodes.InvalidValue, map.SpanOf("positions"),
                    $"'positions' must be the number of positions on the scale, 2 to {MaxPositions} (the first and last are the poles)");
                return null;
            }

            var sets = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
            var probe = new Scale(count, sets);
            if (map.Map("sets") is { } named)
            {
                foreach (var name in named.Keys.Where(k => k.Length > 0))
                {
                    if (ReadPositions(named, name, probe, literalOnly: true) is { } positions)
                    {
                        sets[name] = positions;
                    }
                }
            }

            if (!map.Has("labels") && count > Scale.MaxUnnamedPositions)
            {
                Error(DiagnosticCodes.InvalidPositionLabels, map.SpanOf("positions"),
                    $"a scale of {count} positions names its positions under 'labels:' (one list per language): beyond {Scale.MaxUnnamedPositions}, the labels made from the poles would repeat");
            }

            return !map.Has("labels") ? probe : probe with { Labels = ReadLabels(map.Map("labels"), count), LabelsSpan = map.SpanOf("labels") };
        }

        // 'labels: { sv: [ … ], en: [ … ] }': each language names every position once, from the left pole.
        private Dictionary<string, IReadOnlyList<string>> ReadLabels(YamlMap? languages, int count)
        {
            var labels = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var language in languages?.Keys ?? [])
            {
                var texts = languages!.KindOf(language) == YamlKind.List ? languages.Scalars(language).Select(t => t.Value).ToList() : null;
                if (texts is null || texts.Count != count || texts.Any(t => t.Length == 0))
                {
                    Error(DiagnosticCodes.InvalidPositionLabels, languages.SpanOf(language),
                        $"the labels of language '{language}' must be a list of {count} texts, one per position from the left pole, e.g. [\"{{left}}\", …, \"{{right}}\"]");
                }
                else if (texts.GroupBy(t => t, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                {
                    Error(DiagnosticCodes.InvalidPositionLabels, languages.SpanOf(language),
                        $"the labels of language '{language}' name two positions '{twice.Key}'; a team could not tell their radios apart");
                }
                else
                {
                    labels[language] = texts;
                }
            }

            return labels;
        }

        /// <summary>
        /// The list of positions under <paramref name="key"/>, or (where <paramref name="literalOnly"/> is false) the
        /// name of one of the scale's sets.
        /// </summary>
        private IReadOnlyList<int>? ReadPositions(YamlMap map, string key, Scale scale, bool literalOnly)
        {
            switch (map.KindOf(key))
            {
                case YamlKind.Value when !literalOnly && map.OptionalString(key) is { } name:
                    if (scale.Sets.TryGetValue(name, out var set))
                    {
                        return set;
                    }

                    Error(DiagnosticCodes.UnknownId, map.SpanOf(key), scale.Sets.Count == 0
                        ? $"unknown set of positions '{name}'; the scale names none, so list positions, e.g. [1, 2]"
                        : $"unknown set of positions '{name}'; the scale names {string.Join(", ", scale.Sets.Keys)}, or list positions, e.g. [1, 2]");
                    return null;
                case YamlKind.List when map.Scalars(key) is { Count: > 0 } items:
                    var positions = new List<int>();
                    foreach (var (text, span) in items)
                    {
                        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var position))
                        {
                            Error(DiagnosticCodes.WrongKind, span, "a position is a whole number, 1 for the left pole");
                            return null;
                        }

                        if (!scale.Contains(position))
                        {
                            Error(DiagnosticCodes.RuleError, span, $"position {position} is off the scale, which has positions 1 to {scale.Count}");
                            return null;
                        }

                        positions.Add(position);
                    }

                    return positions;
                default:
                    Error(map.KindOf(key) == YamlKind.List ? DiagnosticCodes.InvalidValue : DiagnosticCodes.WrongKind, map.SpanOf(key), literalOnly
                        ? "a set of positions is a non-empty list, e.g. [1, 2]"
                        : "positions are the name of one of the scale's sets or a non-empty list, e.g. [1, 2]");
                    return null;
            }
        }
    }
}
