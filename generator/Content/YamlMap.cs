using MaalMedMening.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// Typed, reported access to one YAML mapping: a missing or mistyped field becomes a content error at its
/// line instead of an exception, and unknown field names are caught.
/// </summary>
public sealed partial class YamlMap(YamlMappingNode node, SourceFile file, int firstLine, DiagnosticBag diagnostics)
{
    public SourceSpan Span => At(node);

    public SourceSpan SpanOf(string key) =>
        Find(key) is { } value ? At(value) : Span;

    public void Report(string code, string message) => diagnostics.Report(code, Span, message);

    public static YamlMap? From(YamlNode? node, SourceFile file, int firstLine, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMappingNode map)
        {
            return new YamlMap(map, file, firstLine, diagnostics);
        }

        var line = node is null ? firstLine : YamlReader.LineOf(node, firstLine);
        diagnostics.Report(DiagnosticCodes.WrongKind, file.At(line), $"{what} must be a set of 'key: value' lines");
        return null;
    }

    public string RequiredString(string key)
    {
        var value = OptionalString(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Report(DiagnosticCodes.MissingField, Span, $"'{key}' is missing or empty; add '{key}: …'");
            return "";
        }

        return value;
    }

    public string? OptionalString(string key)
    {
        switch (Find(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return scalar.Value?.Trim();
            case var other:
                diagnostics.Report(DiagnosticCodes.WrongKind, At(other), $"'{key}' must be a single value, not a list or mapping");
                return null;
        }
    }

    /// <summary>The number of lines (keys) of this mapping itself.</summary>
    public int Count => node.Children.Count;

    /// <summary>The names of this mapping's keys, in the order written.</summary>
    public IReadOnlyList<string> Keys =>
        node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();

    public bool Has(string key) => Find(key) is not null;

    /// <summary>What is written under <paramref name="key"/>: for a field that may be one value, a list or a mapping.</summary>
    public YamlKind KindOf(string key) => Find(key) switch
    {
        null => YamlKind.Missing,
        YamlScalarNode => YamlKind.Value,
        YamlSequenceNode => YamlKind.List,
        _ => YamlKind.Map,
    };

    /// <summary>A nested mapping; null when it is absent, or (reported) when it is a value or a list.</summary>
    public YamlMap? Map(string key) =>
        Find(key) is { } value ? From(value, file, firstLine, diagnostics, $"'{key}'") : null;

    /// <summary>The items of a list field, each as a mapping; an absent field is an empty list.</summary>
    public IReadOnlyList<YamlMap> List(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return sequence.Children
                    .Select(child => From(child, file, firstLine, diagnostics, $"each item of '{key}'"))
                    .OfType<YamlMap>()
                    .ToList();
            case var other:
                diagnostics.Report(DiagnosticCodes.WrongKind, At(other), $"'{key}' must be a list ('- …' lines)");
                return [];
        }
    }

    /// <summary>The values of a list of single values (<c>[a, b]</c> or <c>- a</c> lines), each with its line; a single value is a list of one.</summary>
    public IReadOnlyList<(string Value, SourceSpan Span)> Scalars(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } one } scalar:
                return one.Trim().Length == 0 ? [] : [(one.Trim(), At(scalar))];
            case YamlSequenceNode sequence:
                var values = new List<(string, SourceSpan)>();
                foreach (var child in sequence.Children)
                {
                    var span = At(child);
                    if (child is YamlScalarNode { Value: { } value })
                    {
                        values.Add((value.Trim(), span));
                    }
                    else
                    {
                        diagnostics.Report(DiagnosticCodes.WrongKind, span, $"each item of '{key}' must be a single value");
                    }
                }

                return values;
            case var other:
                diagnostics.Report(DiagnosticCodes.WrongKind, At(other), $"'{key}' must be a list of values, such as [a, b]");
                return [];
        }
    }

    /// <summary>The <c>name: text</c> pairs of a nested map, each with its line; anything else is reported.</summary>
    public IReadOnlyList<(string Name, string Text, SourceSpan Span)> Pairs(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlMappingNode map:
                var pairs = new List<(string, string, SourceSpan)>();
                foreach (var (name, value) in map.Children)
                {
                    var span = At(name);
                    if (name is YamlScalarNode { Value: { } n } && value is YamlScalarNode { Value: { } text })
                    {
                        pairs.Add((n.Trim(), text.Trim(), span));
                    }
                    else
                    {
                        diagnostics.Report(DiagnosticCodes.WrongKind, span, $"each line of '{key}' must be 'name: text'");
                    }
                }

                return pairs;
            case var other:
                diagnostics.Report(DiagnosticCodes.WrongKind, At(other), $"'{key}' must be a set of 'name: text' lines");
                return [];
        }
    }

    /// <summary>
    /// The items of a list whose items are a text (<c>- term</c>) or one <c>name: text</c> pair (<c>- term: heading</c>),
    /// each with its line; anything else is reported.
    /// </summary>
    public IReadOnlyList<(string Name, string? Text, SourceSpan Span)> NamesOrPairs(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<(string, string?, SourceSpan)>();
                foreach (var child in sequence.Children)
                {
                    var span = At(child);
                    switch (child)
                    {
                        case YamlScalarNode { Value: { } name } when name.Trim().Length > 0:
                            items.Add((name.Trim(), null, span));
                            break;
                        case YamlMappingNode { Children.Count: 1 } pair
                            when pair.Children.First() is { Key: YamlScalarNode { Value: { } name }, Value: YamlScalarNode { Value: { } text } }
                                 && name.Trim().Length > 0 && text.Trim().Length > 0:
                            items.Add((name.Trim(), text.Trim(), span));
                            break;
                        default:
                            diagnostics.Report(DiagnosticCodes.WrongKind, span, $"each item of '{key}' must be '- text' or '- text: heading-id'");
                            break;
                    }
                }

                return items;
            case var other:
                diagnostics.Report(DiagnosticCodes.WrongKind, At(other), $"'{key}' must be a list ('- …' lines)");
                return [];
        }
    }

    /// <summary>Reports any field name not in <paramref name="known"/>: a typo would otherwise be silently ignored.</summary>
    public void RejectUnknownKeys(IReadOnlySet<string> known)
    {
        foreach (var (key, _) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name))
            {
                diagnostics.Report(DiagnosticCodes.UnknownKey, At(key), UnknownKey(name, known));
            }
        }
    }

    /// <summary>
    /// Every <c>name: text</c> line of this mapping itself, the text as written (not trimmed), with the lines of the
    /// name and of the text; a name whose value is a list or mapping is reported.
    /// </summary>
    public IReadOnlyList<(string Name, string Text, SourceSpan NameSpan, SourceSpan TextSpan)> Entries()
    {
        var entries = new List<(string, string, SourceSpan, SourceSpan)>();
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                diagnostics.Report(DiagnosticCodes.WrongKind, At(key), "each key must be a single name, not a list or mapping");
            }
            else if (value is YamlScalarNode { Value: { } text })
            {
                entries.Add((name, text, At(key), At(value)));
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.WrongKind, At(value), $"'{name}' must be a single value, not a list or mapping");
            }
        }

        return entries;
    }

    private SourceSpan At(YamlNode yamlNode) => file.At(YamlReader.LineOf(yamlNode, firstLine));

    private YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
