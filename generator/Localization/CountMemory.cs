using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// <c>serve</c>'s memory of the number check's scans (issue #30): where a count pattern matches in a text depends on
/// the pattern and the text alone, so a page left unchanged since the last build is not scanned again — the scan of
/// every page with the pattern was most of the check's time in a rebuild. What the matches mean (the counts the words
/// may state, the numbers, the data they are compared with) is worked out anew on every build, so the messages are
/// the ones a fresh build gives. Only the last build's texts are kept, so the memory does not grow with edits.
/// </summary>
public sealed class CountMemory
{
    private readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);
    private Dictionary<(string Pattern, string Text), Match[]> _last = [];
    private readonly ConcurrentDictionary<(string Pattern, string Text), Match[]> _current = new();

    /// <summary>The pattern's regex, made once: an interpreted regex of many alternatives takes a while to build.</summary>
    public Regex Pattern(string pattern, Func<string, Regex> make) => _patterns.GetOrAdd(pattern, make);

    /// <summary>The pattern's matches in the text, as found in this build or the last.</summary>
    public IReadOnlyList<Match> Matches(Regex pattern, string text)
    {
        var key = (pattern.ToString(), text);
        if (!_current.TryGetValue(key, out var matches))
        {
            matches = _last.TryGetValue(key, out var known) ? known : pattern.Matches(text).ToArray();
            _current[key] = matches;
        }

        return matches;
    }

    /// <summary>The build's check is over: what it scanned is kept for the next, the rest let go.</summary>
    public void EndBuild()
    {
        _last = new Dictionary<(string, string), Match[]>(_current);
        _current.Clear();
        foreach (var pattern in _patterns.Keys.Where(p => !_last.Keys.Any(k => k.Pattern == p)).ToList())
        {
            _patterns.TryRemove(pattern, out _);
        }
    }
}
