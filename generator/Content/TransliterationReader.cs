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
                var parts = pair.Split('=');
                if (parts.Length != 2 || parts[0].Length != 1 || !parts[1].All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9'))
                {
                    // The spelling becomes part of ids and addresses: only what a slug may hold.
                    diagnostics.Report(DiagnosticCodes.InvalidTransliteration, span,
                        $"'{pair}' in the {language} transliteration is not 'letter=spelling' with one letter and a spelling in a–z and 0–9, such as 'x=ks'");
                    valid = false;
                    continue;
                }

                overrides[char.ToLowerInvariant(parts[0][0])] = parts[1];
            }

            spellings[language] = spellings[language].With(overrides);
        }

        return spellings;
    }
}
