using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Localization;

/// <summary>A language's UI strings (<c>input/&lt;lang&gt;/strings.yml</c>), checked to have every key the theme uses.</summary>
/// <param name="File">The file as read, kept for the checks that search its text (the number check); null when it could not be read.</param>
public sealed record StringTable(UiStrings Strings, SourceFile? File)
{
    public const string FileName = "strings.yml";

    private static readonly IReadOnlySet<string> Known = StringKeys.All.ToHashSet(StringComparer.Ordinal);

    /// <param name="inputFolder">The input folder the table must really be inside; null skips that check.</param>
    public static StringTable Load(string languageFolder, string language, DiagnosticBag diagnostics, string? inputFolder = null)
    {
        var path = Path.Combine(languageFolder, FileName);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var display = InputReader.DisplayPath(path);
        if (!InputFiles.Present(path))
        {
            diagnostics.Report(DiagnosticCodes.MissingString, new SourceSpan(display, 1),
                $"the strings table is missing; create {display} with the keys {string.Join(", ", StringKeys.All)}");
            return new StringTable(new UiStrings(language, values), null);
        }

        var file = InputReader.Read(path, language, FileName, diagnostics, inputFolder);
        if (file is not null && YamlReader.ReadMap(file, diagnostics) is { } map)
        {
            // The theme asks for a fixed set of keys: any other is a typo of one of them, or a string no page shows.
            map.RejectUnknownKeys(Known);
            foreach (var (name, text, _, textSpan) in map.Entries())
            {
                values[name] = text;
                if (StringFormats.Problem(name, text) is { } problem)
                {
                    diagnostics.Report(DiagnosticCodes.BadPlaceholder, textSpan, problem);
                    // Kept as literal text, so that the pages rendered before the build stops cannot throw on it.
                    values[name] = text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
                }
            }
        }

        foreach (var key in StringKeys.All.Where(k => !values.ContainsKey(k)))
        {
            diagnostics.Report(DiagnosticCodes.MissingString, new SourceSpan(display, 1),
                $"the UI string '{key}' is missing; add '{key}: …' to {display}");
        }

        return new StringTable(new UiStrings(language, values), file);
    }
}
