namespace MaalMedMening.Generator.Content;

/// <summary>
/// The built-in tables of <see cref="Transliterator"/>, chosen by a language's primary code. They are data, in
/// <c>transliterations.txt</c> beside this file (built into the program): which languages write which letters out is
/// knowledge of those languages, kept out of code like every other fact. site.yml's <c>transliteration:</c> writes over
/// a language's table.
/// </summary>
public static class Transliteration
{
    private const string Resource = "MaalMedMening.Generator.Content.transliterations.txt";

    // The table every language starts from, and the languages with letters of their own.
    private const string Everyone = "*";

    private static readonly Lazy<(Transliterator Default, Dictionary<string, Transliterator> ByLanguage)> Tables = new(Read);

    /// <summary>Every language without a table of its own: accents dropped.</summary>
    public static Transliterator Default => Tables.Value.Default;

    /// <summary>The built-in table for a language code (<c>de-AT</c> as <c>de</c>).</summary>
    public static Transliterator For(string language) =>
        Tables.Value.ByLanguage.GetValueOrDefault(language.Split('-')[0]) ?? Default;

    // The file ships with the generator: a line it cannot read is a bug of the generator, not an input error.
    private static (Transliterator, Dictionary<string, Transliterator>) Read()
    {
        using var stream = typeof(Transliteration).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the generator was built without {Resource}");
        using var reader = new StreamReader(stream);
        var lines = new List<(string[] Codes, Dictionary<char, string> Letters)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            var letters = new Dictionary<char, string>();
            foreach (var pair in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                letters.Add(LetterSpelling.TryParse(pair, out var letter, out var spelling) ? letter : throw new InvalidOperationException($"{Resource}: '{pair}'"), spelling);
            }

            lines.Add((line[..Math.Max(colon, 0)].Split(' ', StringSplitOptions.RemoveEmptyEntries), letters));
        }

        var everyone = new Transliterator(lines.Single(l => l.Codes is [Everyone]).Letters);
        var byLanguage = lines.Where(l => l.Codes is not [Everyone])
            .SelectMany(l => l.Codes.Select(code => (code, table: everyone.With(l.Letters))))
            .ToDictionary(x => x.code, x => x.table, StringComparer.OrdinalIgnoreCase);
        return (everyone, byLanguage);
    }
}
