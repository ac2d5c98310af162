namespace MaalMedMening.Generator.Content;

/// <summary>
/// The built-in tables of <see cref="Transliterator"/>, chosen by a language's primary code: Danish and Norwegian write
/// the Nordic letters out (ae, oe, aa), Swedish drops their marks (a, o), German writes umlauts out (ae, oe, ue), and
/// every other language drops accents. site.yml's <c>transliteration:</c> writes over a language's table.
/// </summary>
public static class Transliteration
{
    // Globalization is invariant (no ICU), so Unicode decomposition is not available: the letters are listed. They are
    // written as escapes, so that no source file of the generator holds a letter of one publication's language.
    private static readonly Dictionary<char, string> Accents = new()
    {
        ['\u00e1'] = "a", ['\u00e0'] = "a", ['\u00e2'] = "a", ['\u00e3'] = "a", ['\u00e4'] = "a", ['\u00e5'] = "a",
        ['\u00e6'] = "ae", ['\u00e7'] = "c", ['\u00e9'] = "e", ['\u00e8'] = "e", ['\u00ea'] = "e", ['\u00eb'] = "e",
        ['\u00ed'] = "i", ['\u00ec'] = "i", ['\u00ee'] = "i", ['\u00ef'] = "i", ['\u00f1'] = "n", ['\u00f3'] = "o",
        ['\u00f2'] = "o", ['\u00f4'] = "o", ['\u00f5'] = "o", ['\u00f6'] = "o", ['\u00f8'] = "o", ['\u0153'] = "oe",
        ['\u00fa'] = "u", ['\u00f9'] = "u", ['\u00fb'] = "u", ['\u00fc'] = "u", ['\u00fd'] = "y", ['\u00ff'] = "y",
        ['\u00df'] = "ss",
    };

    // Umlauts written out, as German spells them without the marks.
    private static readonly Dictionary<char, string> Umlauts = new() { ['\u00e4'] = "ae", ['\u00f6'] = "oe", ['\u00fc'] = "ue" };

    // ae (U+00E6), o with stroke (U+00F8) and a with ring (U+00E5) written out, as Danish and Norwegian spell them without
    // those letters; umlauts as in German, which is how those languages write a name such as a German one.
    private static readonly Dictionary<char, string> Nordic = new(Umlauts) { ['\u00e6'] = "ae", ['\u00f8'] = "oe", ['\u00e5'] = "aa" };

    /// <summary>Every language without a table of its own: accents dropped.</summary>
    public static Transliterator Default { get; } = new(Accents);

    private static readonly Dictionary<string, Transliterator> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["da"] = Default.With(Nordic),
        ["no"] = Default.With(Nordic),
        ["nb"] = Default.With(Nordic),
        ["nn"] = Default.With(Nordic),
        ["sv"] = Default,
        ["de"] = Default.With(Umlauts),
    };

    /// <summary>The built-in table for a language code (<c>de-AT</c> as <c>de</c>).</summary>
    public static Transliterator For(string language) =>
        ByLanguage.GetValueOrDefault(language.Split('-')[0]) ?? Default;
}
