namespace MaalMedMening.Generator.Diagnostics;

/// <summary>Collects every content error (and warning) of a build, from any thread, so that all are reported at once.</summary>
public sealed class DiagnosticBag
{
    /// <summary>
    /// The checks that compare one file with another: a twin, an id or page key named elsewhere, a count in the text, the
    /// balance tool's rules against the data. When a file could not be read, what these find is mostly its echo.
    /// </summary>
    private static readonly IReadOnlySet<string> CrossFileCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.MissingTranslation, DiagnosticCodes.UnknownId, DiagnosticCodes.RuleError, DiagnosticCodes.CountMismatch,
    };

    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();
    private int _readEnd = -1;
    private readonly SortedSet<string> _skipped = new(StringComparer.Ordinal);

    public bool HasErrors
    {
        get { lock (_lock) { return _items.Any(d => d.Severity == Severity.Error); } }
    }

    /// <summary>Errors and warnings.</summary>
    public int Count
    {
        get { lock (_lock) { return _items.Count; } }
    }

    public void Report(string code, SourceSpan span, string message)
    {
        lock (_lock) { _items.Add(new Diagnostic(code, span, message)); }
    }

    /// <summary>Adds what <paramref name="other"/> holds (a file's own problems, found apart so that its reader knows it was clean).</summary>
    public void Include(DiagnosticBag other)
    {
        List<Diagnostic> items;
        lock (other._lock) { items = [.. other._items]; }
        lock (_lock) { _items.AddRange(items); }
    }

    /// <summary>Something the build goes on with but the author should see (<c>serve</c>: a page without its twin).</summary>
    public void Warn(string code, SourceSpan span, string message)
    {
        lock (_lock) { _items.Add(new Diagnostic(code, span, message, Severity.Warning)); }
    }

    /// <summary>
    /// Marks the end of reading (settings, pages, front matter, data, the tool's rules). If anything read so far has
    /// an error, what the checks across files report after this point is held back as a likely echo of it.
    /// </summary>
    public void EndReading()
    {
        lock (_lock) { _readEnd = _items.Count; }
    }

    /// <summary>
    /// Records that a check did not run and why (its findings would only echo an error already reported): said once,
    /// in the note under the errors, so that a clean run after the fix is not mistaken for one that checked everything.
    /// </summary>
    public void Skip(string check, string reason)
    {
        lock (_lock) { _skipped.Add($"{check} was skipped because {reason}"); }
    }

    /// <summary>The warnings, sorted as <see cref="ToSortedList"/> sorts.</summary>
    public IReadOnlyList<Diagnostic> Warnings => ToSortedList().Where(d => d.Severity == Severity.Warning).ToList();

    /// <summary>
    /// Errors and warnings, sorted by file, line and code so that the report is the same on every run; without the
    /// cross-file findings held back after a reading error (<see cref="HeldBack"/>).
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            return Sorted(_items.Where((d, i) => !IsHeldBack(d, i)));
        }
    }

    /// <summary>
    /// One note line: each check that was skipped (<see cref="Skip"/>) and what <see cref="ToSortedList"/> left out,
    /// with why; null when nothing was skipped or left out.
    /// </summary>
    public string? HeldBack()
    {
        lock (_lock)
        {
            // Sorted: the checks across files run side by side, so the order they were skipped in is not the same each run.
            var notes = _skipped.Order(StringComparer.Ordinal).ToList();
            var held = _items.Where((d, i) => IsHeldBack(d, i) && d.Severity == Severity.Error).Distinct().Count();
            if (held > 0)
            {
                var unread = _items.Take(_readEnd).Where(d => d.Severity == Severity.Error).Select(d => d.Span.File).Distinct().Order(StringComparer.Ordinal).ToList();
                notes.Add($"{held} finding(s) of the checks across files (twins, ids, counts, the tool's rules) are not shown: they may only " +
                    $"echo the error(s) in {string.Join(", ", unread)}; build again once those are fixed");
            }

            return notes.Count == 0 ? null : "note: " + string.Join("; ", notes);
        }
    }

    // Caller holds the lock.
    private bool IsHeldBack(Diagnostic diagnostic, int index) =>
        _readEnd >= 0 && index >= _readEnd && CrossFileCodes.Contains(diagnostic.Code)
        && _items.Take(_readEnd).Any(d => d.Severity == Severity.Error);

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> items) => items
        .Distinct()
        .OrderBy(d => d.Span.File, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
