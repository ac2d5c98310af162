using MaalMedMening.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// Parses YAML into YamlDotNet's node tree, which keeps every node's line, so that later checks
/// (an unknown id, a missing field) can point at the exact line of the file.
/// </summary>
public static class YamlReader
{
    /// <summary>
    /// The deepest nesting of lists and mappings accepted. The site's files nest three levels; YamlDotNet builds
    /// its node tree recursively, so thousands of levels would overflow the stack and abort the process.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>Parses <paramref name="yaml"/>, which starts at <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    /// <returns>The root node, or null (with errors reported) when the text is not valid YAML.</returns>
    public static YamlNode? Parse(string yaml, SourceFile file, int firstLine, DiagnosticBag diagnostics) =>
        TryParse(yaml, file, firstLine, diagnostics, out var root) ? root : null;

    /// <summary>
    /// Like <see cref="Parse"/>, but says whether this text had errors, so that a caller need not compare the
    /// shared error count, which other files parsed at the same time also change.
    /// </summary>
    /// <returns>False when an error was reported; <paramref name="root"/> is then null.</returns>
    public static bool TryParse(string yaml, SourceFile file, int firstLine, DiagnosticBag diagnostics, out YamlNode? root)
    {
        root = null;
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t'))
            {
                diagnostics.Report(DiagnosticCodes.TabInYaml, file.At(firstLine + i),
                    "a tab is used for indentation; YAML allows only spaces here, so replace the tab with spaces");
                return false;
            }
        }

        try
        {
            // The event parser is a state machine, not recursive: it can measure the depth safely before the tree is built.
            if (TooDeepAt(yaml) is { } deepLine)
            {
                diagnostics.Report(DiagnosticCodes.YamlTooDeep, file.At(firstLine + deepLine - 1),
                    $"lists and mappings are nested more than {MaxDepth} levels deep here; flatten the structure");
                return false;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            return true;
        }
        catch (YamlException e)
        {
            var index = (int)Math.Max(0, e.Start.Line - 1);
            var line = firstLine + index;
            var (code, message) = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
                ? (DiagnosticCodes.DuplicateYamlKey, $"{e.Message.ToLowerInvariant()}: each key may appear once")
                : (DiagnosticCodes.InvalidYaml, YamlErrorHints.Describe(e.Message, index < lines.Length ? lines[index] : null));
            diagnostics.Report(code, file.At(line), message);
            return false;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some unclosed brackets and quotes.
            diagnostics.Report(DiagnosticCodes.InvalidYaml, file.At(firstLine),
                "invalid YAML: a value could not be read; check for an unclosed bracket or quote (a value that starts with \" or ' must end with the same quote)");
            return false;
        }
    }

    /// <summary>The 1-based line of a node in its file.</summary>
    public static int LineOf(YamlNode node, int firstLine) => firstLine + (int)node.Start.Line - 1;

    /// <summary>The 1-based line (within <paramref name="yaml"/>) where nesting first exceeds <see cref="MaxDepth"/>, or null.</summary>
    private static int? TooDeepAt(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > MaxDepth)
                    {
                        return (int)parser.Current.Start.Line;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }
}
