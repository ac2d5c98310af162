using System.Globalization;
using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// Finds "&lt;number or number word&gt; &lt;declared words&gt;" in a text, as whole words, longest words first, in any
/// case and across line breaks, and says which counts those words may state.
/// </summary>
/// <param name="memory">serve's scans of the last build (null: every text is scanned).</param>
internal sealed class CountMatcher(CountStatements statements, CountMemory? memory = null)
{
    /// <summary>A number stated in the text: its value (-1 for a number word not declared), the words after it and what they may count.</summary>
    public sealed record Stated(Match Match, int Number, IReadOnlyList<string> Counts);

    private readonly Dictionary<string, List<string>> _byWords = statements.Statements
        .GroupBy(s => Normalise(s.Words))
        .ToDictionary(g => g.Key, g => g.SelectMany(s => s.Counts).Distinct().ToList(), StringComparer.Ordinal);

    private readonly Regex _pattern = memory is null ? new Regex(Pattern(statements), Options) : memory.Pattern(Pattern(statements), p => new Regex(p, Options));

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public IEnumerable<Stated> In(string text)
    {
        foreach (var match in memory?.Matches(_pattern, text) ?? _pattern.Matches(text))
        {
            // The pattern's \s also matches a no-break or other Unicode space; Normalise folds them all to ' ', as here.
            if (_byWords.TryGetValue(Normalise(match.Groups["w"].Value), out var counts))
            {
                yield return new Stated(match, Number(match.Groups["n"].Value, statements.Numbers), counts);
            }
        }
    }

    private static string Pattern(CountStatements statements)
    {
        static string Alternatives(IEnumerable<string> texts) => string.Join('|', texts
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)
            .Select(t => string.Join(@"\s+", Words(t).Select(Regex.Escape))));

        var numbers = Alternatives(statements.Numbers.Keys);
        var words = Alternatives(statements.Statements.Select(s => s.Words));
        return $@"(?<![\p{{L}}\p{{N}}])(?<n>[0-9]+{(numbers.Length > 0 ? "|" + numbers : "")})\s+(?<w>{words})(?![\p{{L}}\p{{N}}])";
    }

    private static int Number(string text, IReadOnlyDictionary<string, int> words) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : words.GetValueOrDefault(text.ToLowerInvariant(), -1);

    /// <summary>The words of a phrase, split at any white space: a no-break space (U+00A0), a thin space or a line break alike.</summary>
    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public static string Normalise(string text, bool keepCase = false)
    {
        var joined = string.Join(' ', Words(text));
        return keepCase ? joined : joined.ToLowerInvariant();
    }
}
