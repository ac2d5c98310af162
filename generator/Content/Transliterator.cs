using System.Text;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// Spells text in a–z, 0–9 and '-' for URL slugs and heading ids, by one language's table of letters (see
/// <see cref="Transliteration"/> for the tables each language code chooses). Letters of a–z and digits stay; a letter
/// in the table is written as the table says; anything else separates words.
/// </summary>
public sealed class Transliterator
{
    private readonly IReadOnlyDictionary<char, string> _letters;

    public Transliterator(IReadOnlyDictionary<char, string> letters) => _letters = letters;

    /// <summary>This table with <paramref name="overrides"/> written over it (a letter mapped there wins).</summary>
    public Transliterator With(IReadOnlyDictionary<char, string> overrides)
    {
        var letters = new Dictionary<char, string>(_letters);
        foreach (var (letter, spelling) in overrides)
        {
            letters[letter] = spelling;
        }

        return new Transliterator(letters);
    }

    /// <summary>
    /// The slug; when nothing of <paramref name="text"/> can be spelt (Greek, an emoji), its first characters'
    /// code points (<c>u03a9</c>), so the id names no word of any language.
    /// </summary>
    public string Slugify(string text) => SlugOrNull(text) ?? CodePoints(text);

    /// <summary>The slug, or null when nothing of <paramref name="text"/> can be spelt in a–z and 0–9 (Greek, an emoji).</summary>
    public string? SlugOrNull(string text)
    {
        // One pass: each spelling is written as it comes, and any run of separators ('-' or what is not spelt) becomes
        // one '-' between words, none at either end. (Written out and then split at '-' and joined again, the slug cost
        // a copy of the text per step, for every heading of every page.)
        var builder = new StringBuilder(text.Length);
        var separated = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                Append(builder, c, ref separated);
            }
            else if (_letters.TryGetValue(c, out var plain) && plain.Length > 0)
            {
                foreach (var p in plain)
                {
                    Append(builder, p, ref separated);
                }
            }
            else
            {
                separated = true;
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static void Append(StringBuilder builder, char c, ref bool separated)
    {
        if (c == '-')
        {
            separated = true;
            return;
        }

        if (separated && builder.Length > 0)
        {
            builder.Append('-');
        }

        separated = false;
        builder.Append(c);
    }

    /// <summary>How many characters the code-point form names: enough to tell headings apart, short enough for an address.</summary>
    private const int MaxCodePoints = 4;

    /// <summary>"u" and the hex code points of the first characters that are not spaces; "u" alone for text of spaces only.</summary>
    public static string CodePoints(string text) =>
        "u" + string.Join('-', text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r)).Take(MaxCodePoints)
            .Select(r => r.Value.ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));
}
