using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;
using YamlDotNet.RepresentationModel;

namespace MaalMedMening.Generator.Localization;

/// <summary>Loads a language's UI strings (<c>input/&lt;lang&gt;/strings.yml</c>) and checks it has every key the theme uses.</summary>
public static class StringTable
{
    public const string FileName = "strings.yml";

    /// <param name="inputFolder">The input folder the table must really be inside; null skips that check.</param>
    public static UiStrings Load(string languageFolder, string language, DiagnosticBag diagnostics, string? inputFolder = null)
    {
        var path = Path.Combine(languageFolder, FileName);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var display = InputReader.DisplayPath(path);
        if (!InputFiles.Present(path))
        {
            diagnostics.Report(DiagnosticCodes.MissingString, new SourceSpan(display, 1),
                $"the strings table is missing; create {display} with the keys {string.Join(", ", StringKeys.All)}");
            return new UiStrings(language, values);
        }

        var file = InputReader.Read(path, language, FileName, diagnostics, inputFolder);
        if (file is not null && YamlReader.Parse(file.Text, file, 1, diagnostics) is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
                {
                    values[name] = text;
                    if (StringFormats.Problem(name, text) is { } problem)
                    {
                        diagnostics.Report(DiagnosticCodes.BadPlaceholder, file.At(YamlReader.LineOf(value, 1)), problem);
                        // Kept as literal text, so that the pages rendered before the build stops cannot throw on it.
                        values[name] = text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
                    }

                    if (!StringKeys.All.Contains(name))
                    {
                        diagnostics.Report(DiagnosticCodes.InvalidField, file.At(YamlReader.LineOf(key, 1)),
                            $"unknown UI string '{name}'; the theme uses only {string.Join(", ", StringKeys.All)}");
                    }
                }
            }
        }

        foreach (var key in StringKeys.All.Where(k => !values.ContainsKey(k)))
        {
            diagnostics.Report(DiagnosticCodes.MissingString, new SourceSpan(display, 1),
                $"the UI string '{key}' is missing; add '{key}: …' to {display}");
        }

        return new UiStrings(language, values);
    }
}
