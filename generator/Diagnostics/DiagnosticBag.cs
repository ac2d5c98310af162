namespace MaalMedMening.Generator.Diagnostics;

/// <summary>Collects every content error (and warning) of a build, from any thread, so that all are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

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

    /// <summary>Something the build goes on with but the author should see (<c>serve</c>: a page without its twin).</summary>
    public void Warn(string code, SourceSpan span, string message)
    {
        lock (_lock) { _items.Add(new Diagnostic(code, span, message, Severity.Warning)); }
    }

    /// <summary>The warnings, sorted as <see cref="ToSortedList"/> sorts.</summary>
    public IReadOnlyList<Diagnostic> Warnings => ToSortedList().Where(d => d.Severity == Severity.Warning).ToList();

    /// <summary>Errors and warnings, sorted by file, line and code so that the report is the same on every run.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Span.File, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
