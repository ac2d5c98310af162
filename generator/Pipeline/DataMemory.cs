using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// <c>serve</c>'s copy of the data files and UI strings as loaded (YAML is slow to parse, and a page edit changes
/// none of it): loaded again when any input file other than a page has a new stamp, or appeared or went, or when the
/// last load reported a problem, which must then be reported again.
/// </summary>
public sealed class DataMemory<T>
{
    private (string Key, T Value)? _last;

    public T GetOrLoad(string inputFolder, Func<DiagnosticBag, T> load, DiagnosticBag diagnostics)
    {
        var key = Key(inputFolder);
        if (_last is { } last && last.Key == key)
        {
            return last.Value;
        }

        var problems = new DiagnosticBag();
        var value = load(problems);
        diagnostics.Include(problems);
        _last = problems.Count == 0 ? (key, value) : null;
        return value;
    }

    /// <summary>Every input file but the pages, with its stamp (a link: its target's path, so that it is never taken as unchanged).</summary>
    private static string Key(string inputFolder) => string.Join("\n", Directory
        .EnumerateFiles(inputFolder, "*", SearchOption.AllDirectories)
        .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => $"{f} {FileStamp.Of(f)?.ToString() ?? Guid.NewGuid().ToString()}"));
}
