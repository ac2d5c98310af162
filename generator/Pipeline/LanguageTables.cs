using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// Every language's data files and UI strings. In <c>serve</c>'s preview (<paramref name="Drafts"/>), a language other
/// than the default one may be in progress: what it lacks (a data item, a UI string, the whole file) is taken from the
/// default language, with a warning, so that its pages can be previewed; <c>build</c> keeps each lack an error.
/// </summary>
public sealed record LanguageTables(IReadOnlyList<string> Languages, Func<string, string> LanguageFolder, string InputFolder, bool Drafts)
{
    public (Dictionary<string, LanguageData> Data, Dictionary<string, StringTable> Strings) Load(DiagnosticBag diagnostics)
    {
        var defaultLanguage = Languages[0];
        var data = Languages.ToDictionary(l => l, l => DataLoader.Load(LanguageFolder(l), l, diagnostics, InputFolder));
        var strings = Languages.ToDictionary(l => l, l => StringTable.Load(LanguageFolder(l), l, diagnostics, InputFolder, InProgress(l)));
        foreach (var language in Languages.Where(InProgress))
        {
            data[language] = data[language].WithFallback(data[defaultLanguage]);
            // Its name and the chooser's link to it, until it gives them, are its code: the default language's would name the wrong language.
            var fallback = new Dictionary<string, string>(strings[defaultLanguage].Strings.Values) { [StringKeys.LanguageName] = language, [StringKeys.ChooseLanguage] = language };
            strings[language] = strings[language] with { Strings = strings[language].Strings with { Fallback = strings[defaultLanguage].Strings with { Values = fallback } } };
        }

        return (data, strings);
    }

    /// <summary>The tool's rules, with the default language's headings and position names for a language in progress.</summary>
    public LogicTable Rules(LogicTable table) => Drafts ? table.FilledIn(Languages.Skip(1), Languages[0]) : table;

    private bool InProgress(string language) => Drafts && language != Languages[0];
}
