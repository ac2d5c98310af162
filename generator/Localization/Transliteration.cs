using System.Globalization;
using System.Text;

namespace MaalMedMening.Generator.Localization;

/// <summary>Makes URL slugs and heading ids from Danish and English text: æ→ae, ø→oe, å→aa, other accents dropped.</summary>
public static class Transliteration
{
    public static string Slugify(string text)
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
                    var plain = c.ToString().Normalize(NormalizationForm.FormD)
                        .Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
                        .Where(char.IsAsciiLetterOrDigit)
                        .ToArray();
                    builder.Append(plain.Length > 0 ? new string(plain) : "-");
                    break;
            }
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "side" : slug;
    }
}
