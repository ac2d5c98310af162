using System.Text;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// A language's alphabetical order, as data: its letters in order, separated by spaces (Danish puts three letters after
/// z). Compares letter by letter, ignoring case; a character outside the alphabet sorts after every letter, by its code.
/// </summary>
public sealed class Alphabet : IComparer<string>
{
    private readonly Dictionary<char, int> _rank = [];

    public Alphabet(string letters)
    {
        foreach (var letter in letters.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Length == 1))
        {
            _rank.TryAdd(char.ToLowerInvariant(letter[0]), _rank.Count);
        }
    }

    /// <summary>The heading of terms that do not start with a letter (a quote, a digit, an emoji): one for them all.</summary>
    public const string OtherInitial = "#";

    /// <summary>
    /// The heading the term is listed under: its first letter in upper case, or <see cref="OtherInitial"/>. Read as a
    /// whole character, so a letter or emoji outside the first plane is not cut in half into a "�".
    /// </summary>
    public string Initial(string term) =>
        term.Length > 0 && Rune.DecodeFromUtf16(term, out var first, out _) == System.Buffers.OperationStatus.Done && Rune.IsLetter(first)
            ? Rune.ToUpperInvariant(first).ToString()
            : OtherInitial;

    public int Compare(string? x, string? y)
    {
        x ??= "";
        y ??= "";
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var order = Rank(x[i]).CompareTo(Rank(y[i]));
            if (order != 0)
            {
                return order;
            }
        }

        var length = x.Length.CompareTo(y.Length);
        // Equal but for case: a stable, deterministic order all the same.
        return length != 0 ? length : string.CompareOrdinal(x, y);
    }

    private int Rank(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return _rank.TryGetValue(lower, out var rank) ? rank : _rank.Count + lower;
    }
}
