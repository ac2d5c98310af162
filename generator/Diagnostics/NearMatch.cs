namespace MaalMedMening.Generator.Diagnostics;

/// <summary>The known name closest to a mistyped one, for a message's "did you mean …?".</summary>
public static class NearMatch
{
    /// <returns>The candidate within a third of the name's length in edits (at least one, at most three), the nearest
    /// and then the first in ordinal order; null when none is that near.</returns>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Clamp(name.Length / 3, 1, 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(name, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    // Edits between the two: insertions, deletions, substitutions, and a swap of two neighbours ('titel' for 'title'),
    // the commonest typo, as one (optimal string alignment distance, three rows).
    private static int Distance(string a, string b)
    {
        var before = new int[b.Length + 1];
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
