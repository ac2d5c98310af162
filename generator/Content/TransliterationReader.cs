using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// Reads site.yml's <c>transliteration:</c>: per language, <c>letter=spelling</c> pairs separated by spaces, written over
/// the table the language code chooses (<see cref="Transliteration.For"/>); e.g. <c>pl: "ł=l"</c>.
/// </summary>
public static class TransliterationReader
{
    public static IReadOnlyDictionary<string, Transliterator> Read(YamlMap map, string key, IReadOnlyList<string> languages, DiagnosticBag diagnostics, ref bool valid)
    {
        var spellings = languages.Distinct(StringComparer.Ordinal).ToDictionary(l => l, Transliteration.For, StringComparer.Ordinal);
        foreach (var (language, text, span) in map.Pairs(key))
        {
            if (!spellings.ContainsKey(language))
            {
                diagnostics.Report(DiagnosticCodes.InvalidTransliteration, span,
                    $"'{key}' names the language '{language}', which 'languages' does not list; use one of {string.Join(", ", languages)}");
                valid = false;
                continue;
            }

            var overrides = new Dictionary<char, string>();
            foreach (var pair in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!LetterSpelling.TryParse(pair, out var letter, out var spelling))
                {
                    diagnostics.Report(DiagnosticCodes.InvalidTransliteration, span,
                        $"'{pair}' in the {language} transliteration is not 'letter=spelling' with one letter and a spelling in a–z and 0–9, such as 'x=ks'");
                    valid = false;
                    continue;
                }

                overrides[letter] = spelling;
            }

            spellings[language] = spellings[language].With(overrides);
        }

        return spellings;
    }
}
