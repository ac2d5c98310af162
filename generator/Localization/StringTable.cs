using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Localization;

/// <summary>A language's UI strings (<c>input/&lt;lang&gt;/strings.yml</c>): unknown keys refused, and every key its pages show checked to be there.</summary>
/// <param name="File">The file as read, kept for the checks that search its text (the number check); null when it could not be read.</param>
public sealed record StringTable(UiStrings Strings, SourceFile? File)
{
    public const string FileName = "strings.yml";

    private static readonly IReadOnlySet<string> Known = StringKeys.All.ToHashSet(StringComparer.Ordinal);

    /// <param name="inputFolder">The input folder the table must really be inside; null skips that check.</param>
    /// <param name="inProgress">A missing table is a warning: <c>serve</c> previews the language with the default language's strings.</param>
    public static StringTable Load(string languageFolder, string language, DiagnosticBag diagnostics, string? inputFolder = null, bool inProgress = false)
    {
        var path = Path.Combine(languageFolder, FileName);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var display = InputReader.DisplayPath(path);
        if (!InputFiles.Present(path))
        {
            Report(diagnostics, inProgress, new SourceSpan(display, 1),
                $"the strings table is missing; create {display} with the keys {string.Join(", ", StringKeys.Layout)} and those of the parts its pages show");
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

        return new StringTable(new UiStrings(language, values), file);
    }

    /// <summary>Reports each key the language's pages show (<paramref name="used"/>: key → the first page that shows it, null
    /// for the layout's) that its table lacks. A table that is missing altogether has been reported by <see cref="Load"/>.</summary>
    public static void CheckUsed(string languageFolder, UiStrings strings, IReadOnlyDictionary<string, Page?> used, DiagnosticBag diagnostics, bool inProgress = false)
    {
        var path = Path.Combine(languageFolder, FileName);
        if (!InputFiles.Present(path))
        {
            return;
        }

        var display = InputReader.DisplayPath(path);
        foreach (var (key, page) in used.Where(u => !strings.Values.ContainsKey(u.Key)).OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var shownBy = page is null ? "every page shows it" : $"{page.Source.DisplayPath} shows it";
            Report(diagnostics, inProgress, new SourceSpan(display, 1), $"the UI string '{key}' is missing; add '{key}: …' to {display} ({shownBy})");
        }
    }

    private static void Report(DiagnosticBag diagnostics, bool inProgress, SourceSpan span, string message)
    {
        if (inProgress)
        {
            diagnostics.Warn(DiagnosticCodes.MissingString, span, message + " (previewed with the default language's text; build fails until then)");
        }
        else
        {
            diagnostics.Report(DiagnosticCodes.MissingString, span, message);
        }
    }
}
