namespace MaalMedMening.Generator.Serving;

/// <summary>
/// The preview's state of the program's own code: which code files changed since the last publish, whether a
/// publish runs (one at a time; a change during one publishes again after it), what the pages and the terminal say
/// about it, and whether the server should be started anew.
/// </summary>
internal sealed class CodeWatch : IDisposable
{
    /// <summary>What the pages show instead of the site (a heading, a sentence, the lines) and the terminal prints.</summary>
    public sealed record Message(string Heading, string Intro, IReadOnlyList<string> Lines, IReadOnlyList<string> Terminal);

    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private CancellationTokenSource? _quiet;
    private bool _running;

    public TaskCompletionSource Restart { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What the pages show about the code until the server ends (null: the code is as the program was built).</summary>
    public Message? Notice { get; set; }

    public CancellationToken Stopping => _stopping.Token;

    /// <summary>A code file changed: returns the token of the quiet spell to wait for (cancelled by the next change).</summary>
    public CancellationToken Schedule(string changed)
    {
        lock (_lock)
        {
            _changed.Add(changed.Replace('\\', '/'));
            _quiet?.Cancel();
            _quiet = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            return _quiet.Token;
        }
    }

    /// <summary>Starts a publish unless one runs; <paramref name="changed"/> is what changed since the last.</summary>
    public bool Begin(out IReadOnlyList<string> changed)
    {
        lock (_lock)
        {
            changed = [.. _changed];
            if (_running || _changed.Count == 0)
            {
                return false;
            }

            _running = true;
            _changed.Clear();
            return true;
        }
    }

    /// <summary>Whether code changed again since the publish began: what was published is then already old.</summary>
    public bool Again
    {
        get { lock (_lock) { return _changed.Count > 0; } }
    }

    /// <summary>Ends a publish; true when code changed meanwhile and should be published again.</summary>
    public bool End()
    {
        lock (_lock)
        {
            _running = false;
            return _changed.Count > 0 && !_stopping.IsCancellationRequested && !Restart.Task.IsCompleted;
        }
    }

    public static Message NoCommand(IReadOnlyList<string> changed)
    {
        var line = $"serve: {Files(changed)} changed: templates and generator code are compiled into this program, so a rebuild cannot show the change; " +
            "stop serve and start it again with ./build.sh serve, which publishes the generator first (or let ./build.sh serve do it for you next time)";
        return new("Restart serve to see this change", "Templates and the generator are compiled into the program that serves this preview.", [line], [line]);
    }

    public static Message Republishing(IReadOnlyList<string> changed)
    {
        var line = $"serve: {Files(changed)} changed: publishing the generator again (about a minute); the preview then restarts with the same arguments";
        return new("Republishing the generator", "This page reloads by itself when the new program serves the preview.", [line], [line]);
    }

    public static Message Restarting() =>
        new("Restarting", "This page reloads by itself in a moment.", ["serve: published; restarting with the same arguments"], ["serve: published; restarting with the same arguments"]);

    /// <summary>The publish failed: the compiler's errors (every line it printed when none is an error line).</summary>
    public static Message Failed(IReadOnlyList<string> output)
    {
        var errors = output.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        var head = "serve: publishing the generator failed; the preview keeps running the program as it was: fix the error and save again";
        return new("The generator does not compile", "Fix the error and save; this page reloads by itself.", [head, .. errors.Count > 0 ? errors : output], [head]);
    }

    private static string Files(IReadOnlyList<string> changed) =>
        changed.Count <= 3 ? string.Join(", ", changed) : $"{string.Join(", ", changed.Take(3))} and {changed.Count - 3} more";

    /// <summary>Stops a running publish; not disposed, as a watcher's last event may still ask for its token.</summary>
    public void Dispose() => _stopping.Cancel();
}
