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

    /// <summary>
    /// The most nodes a file may stand for once every alias is counted as the node it repeats. The parser shares an
    /// aliased node rather than copying it, but whoever walks the tree visits it each time: a few lines of aliases of
    /// aliases would otherwise stand for billions of nodes.
    /// </summary>
    public const int MaxNodes = 1_000_000;

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
        // Line by line where the lines lie in the text: splitting it would copy every line, and trimming every line again.
        for (int i = 0, start = 0; start <= yaml.Length; i++)
        {
            var end = yaml.IndexOf('\n', start) is var newline and >= 0 ? newline : yaml.Length;
            var line = yaml.AsSpan(start, end - start);
            if (line[..(line.Length - line.TrimStart(" \t").Length)].Contains('\t'))
            {
                diagnostics.Report(DiagnosticCodes.TabInYaml, file.At(firstLine + i),
                    "a tab is used for indentation; YAML allows only spaces here, so replace the tab with spaces");
                return false;
            }

            start = end + 1;
        }

        try
        {
            // The event parser is a state machine, not recursive: it can measure the tree safely before the tree is built.
            // The tree is then built from the events measured, so the text is scanned once.
            var events = new List<ParsingEvent>();
            var problems = Measure(yaml, events);
            foreach (var problem in problems)
            {
                diagnostics.Report(problem.Code, file.At(firstLine + problem.Line - 1), problem.Message);
            }

            if (problems.Count > 0)
            {
                return false;
            }

            var stream = new YamlStream();
            stream.Load(new EventReplay(events));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            return true;
        }
        catch (YamlException e)
        {
            var index = (int)Math.Max(0, e.Start.Line - 1);
            var line = firstLine + index;
            var (code, message) = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
                ? (DiagnosticCodes.DuplicateYamlKey, $"{e.Message.ToLowerInvariant()}: each key may appear once")
                : (DiagnosticCodes.InvalidYaml, YamlErrorHints.Describe(e.Message, yaml.Split('\n') is var lines && index < lines.Length ? lines[index] : null));
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

    /// <summary>A whole file that is one mapping (site.yml, strings.yml, counts.yml), ready for typed reading.</summary>
    /// <returns>The mapping, or null (with errors reported) when the file does not parse or is not a mapping.</returns>
    public static YamlMap? ReadMap(SourceFile file, DiagnosticBag diagnostics) =>
        TryParse(file.Text, file, 1, diagnostics, out var root) ? YamlMap.From(root, file, 1, diagnostics, file.RelativePath) : null;

    /// <summary>A whole file that is a list of mappings (a data file: <c>- id: …</c> items); an empty file has none.</summary>
    public static IReadOnlyList<YamlMap> ReadItems(SourceFile file, DiagnosticBag diagnostics)
    {
        if (!TryParse(file.Text, file, 1, diagnostics, out var root) || root is null)
        {
            return [];
        }

        if (root is YamlSequenceNode sequence)
        {
            return sequence.Children
                .Select(child => YamlMap.From(child, file, 1, diagnostics, "each item"))
                .OfType<YamlMap>()
                .ToList();
        }

        diagnostics.Report(DiagnosticCodes.WrongKind, file.At(LineOf(root, 1)), "a data file must be a list of items, each starting with '- id: …'");
        return [];
    }

    /// <summary>The 1-based line of a node in its file.</summary>
    public static int LineOf(YamlNode node, int firstLine) => firstLine + (int)node.Start.Line - 1;

    private sealed record Problem(string Code, int Line, string Message);

    /// <summary>
    /// The events of a text, already read once, played back to YamlDotNet's node tree as if by a parser: scanning is
    /// most of what YAML costs, and the text was already scanned to measure it.
    /// </summary>
    private sealed class EventReplay(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    /// <summary>
    /// What about <paramref name="yaml"/> its readers cannot survive: nesting past <see cref="MaxDepth"/>,
    /// an alias inside the node it names (a loop, which every recursive reader would follow for ever), or more than
    /// <see cref="MaxNodes"/> nodes with aliases expanded; and every value that holds a control character once its
    /// escapes are read (<c>"\0"</c>, <c>"\e"</c>), which would reach the pages. Lines are 1-based within the text.
    /// </summary>
    /// <param name="events">Receives every event read, for the node tree to be built from.</param>
    private static List<Problem> Measure(string yaml, List<ParsingEvent> events)
    {
        var problems = new List<Problem>();
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(string? Anchor, long NodesBefore)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0;
        while (parser.MoveNext())
        {
            events.Add(parser.Current!);
            var line = (int)parser.Current!.Start.Line;
            switch (parser.Current)
            {
                case NodeEvent start and (MappingStart or SequenceStart):
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, nodes));
                    nodes++;
                    break;
                case MappingEnd or SequenceEnd when open.TryPop(out var closed):
                    if (closed.Anchor is { } anchor)
                    {
                        sizes[anchor] = nodes - closed.NodesBefore;
                    }

                    break;
                case AnchorAlias alias when open.Any(o => o.Anchor == alias.Value.Value):
                    problems.Add(new Problem(DiagnosticCodes.YamlAliasLoop, line,
                        $"the alias '*{alias.Value.Value}' is inside the node '&{alias.Value.Value}' it names, so it would repeat itself for ever; write the value out instead"));
                    return problems;
                case AnchorAlias alias:
                    // An unknown anchor is the parser's own error, reported below with its line.
                    nodes += sizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                case Scalar scalar:
                    nodes++;
                    if (InputReader.HasForbidden(scalar.Value))
                    {
                        problems.Add(new Problem(DiagnosticCodes.ControlCharacter, line, InputReader.ControlMessage(scalar.Value.First(InputReader.IsForbidden))));
                    }

                    if (!scalar.Anchor.IsEmpty)
                    {
                        sizes[scalar.Anchor.Value] = 1;
                    }

                    break;
            }

            if (open.Count > MaxDepth)
            {
                problems.Add(new Problem(DiagnosticCodes.YamlTooDeep, line,
                    $"lists and mappings are nested more than {MaxDepth} levels deep here; flatten the structure"));
                return problems;
            }

            if (nodes > MaxNodes)
            {
                problems.Add(new Problem(DiagnosticCodes.YamlTooLarge, line,
                    $"with its aliases (*name) repeated, the file stands for more than {MaxNodes} values by here; write out what is needed without aliases of aliases"));
                return problems;
            }
        }

        return problems;
    }
}
