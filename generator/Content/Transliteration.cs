using System.Text;

namespace MaalMedMening.Generator.Content;

/// <summary>Makes URL slugs and heading ids from Danish and English text: æ→ae, ø→oe, å→aa, other accents dropped.</summary>
public static class Transliteration
{
    // Globalization is invariant (no ICU), so Unicode decomposition is not available; the letters our texts meet are listed.
    private static readonly Dictionary<char, string> Accented = new()
    {
        ['á'] = "a", ['à'] = "a", ['â'] = "a", ['ä'] = "ae", ['é'] = "e", ['è'] = "e", ['ê'] = "e", ['ë'] = "e",
        ['í'] = "i", ['ì'] = "i", ['î'] = "i", ['ï'] = "i", ['ó'] = "o", ['ò'] = "o", ['ô'] = "o", ['ö'] = "oe",
        ['ú'] = "u", ['ù'] = "u", ['û'] = "u", ['ü'] = "ue", ['ñ'] = "n", ['ç'] = "c", ['ß'] = "ss",
    };

    public static string Slugify(string text) => SlugOrNull(text) ?? "side";

    /// <summary>The slug, or null when nothing of <paramref name="text"/> can be spelt in a–z and 0–9 (Greek, an emoji).</summary>
    public static string? SlugOrNull(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'æ': builder.Append("ae"); break;
                case 'ø': builder.Append("oe"); break;
                case 'å': builder.Append("aa"); break;
                case >= 'a' and <= 'z' or >= '0' and <= '9': builder.Append(c); break;
                default:
                    builder.Append(Accented.TryGetValue(c, out var plain) ? plain : "-");
                    break;
            }
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? null : slug;
    }
}
