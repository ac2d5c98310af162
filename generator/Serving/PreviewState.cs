namespace MaalMedMening.Generator.Serving;

/// <summary>
/// What the preview's pages learn from the builds: a version that changes with every build (pages reload when it
/// does) and the last build's problems (an error page is shown instead of every page while there are any).
/// </summary>
public sealed class PreviewState
{
    // A restarted server counts from 1 again: the start time keeps its versions apart from the last run's.
    private readonly string _run = DateTime.UtcNow.Ticks.ToString("x");
    private readonly Lock _lock = new();
    private int _builds;
    private IReadOnlyList<string> _problems = [];
    private (string Heading, string Intro)? _title;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Version
    {
        get { lock (_lock) { return $"{_run}-{_builds}"; } }
    }

    /// <summary>The failed build's lines as the terminal showed them (<c>file:line: error: … [MMnnn]</c>); empty after a good build.</summary>
    public IReadOnlyList<string> Problems
    {
        get { lock (_lock) { return _problems; } }
    }

    /// <summary>The heading and sentence of the page shown instead of the site while there are problems; null: a failed build's.</summary>
    public (string Heading, string Intro)? Title
    {
        get { lock (_lock) { return _title; } }
    }

    /// <summary>A build ended: a new version, with its problems (none when it succeeded).</summary>
    /// <param name="heading">What the problems are about when not a build's (the program's code: republishing, a compile error).</param>
    public void Publish(IReadOnlyList<string> problems, string? heading = null, string? intro = null)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _builds++;
            _problems = problems;
            _title = heading is null ? null : (heading, intro ?? "");
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
    }

    /// <summary>Completes when a build after <paramref name="version"/> has ended (at once if one has).</summary>
    public Task ChangedSinceAsync(string version, CancellationToken cancel)
    {
        lock (_lock)
        {
            return $"{_run}-{_builds}" != version ? Task.CompletedTask : _changed.Task.WaitAsync(cancel);
        }
    }
}
