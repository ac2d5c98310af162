using MaalMedMening.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// Parses YAML into YamlDotNet's node tree, which keeps every node's line, so that later checks
/// (an unknown id, a missing field) can point at the exact line of the file.
/// </summary>
public static class YamlReader
{
    /// <summary>Parses <paramref name="yaml"/>, which starts at <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    /// <returns>The root node, or null (with errors reported) when the text is not valid YAML.</returns>
    public static YamlNode? Parse(string yaml, SourceFile file, int firstLine, DiagnosticBag diagnostics)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t'))
            {
                diagnostics.Report(DiagnosticCodes.TabInYaml, file.At(firstLine + i),
                    "a tab is used for indentation; YAML allows only spaces here");
                return null;
            }
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var line = firstLine + (int)Math.Max(0, e.Start.Line - 1);
            var (code, message) = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
                ? (DiagnosticCodes.DuplicateYamlKey, $"{e.Message.ToLowerInvariant()}: each key may appear once")
                : (DiagnosticCodes.InvalidYaml, $"invalid YAML: {Lowercase(e.Message.TrimEnd('.'))}");
            diagnostics.Report(code, file.At(line), message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up without a position on some unclosed brackets and quotes.
            diagnostics.Report(DiagnosticCodes.InvalidYaml, file.At(firstLine),
                "invalid YAML: a value could not be read; check for an unclosed bracket or quote");
            return null;
        }
    }

    /// <summary>The 1-based line of a node in its file.</summary>
    public static int LineOf(YamlNode node, int firstLine) => firstLine + (int)node.Start.Line - 1;

    private static string Lowercase(string message) =>
        message.Length == 0 ? message : char.ToLowerInvariant(message[0]) + message[1..];
}
