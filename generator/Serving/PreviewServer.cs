using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Rendering;

namespace MaalMedMening.Generator.Serving;

/// <summary>
/// Serves the built site on 127.0.0.1 with Kestrel and rebuilds it when a file under input/ or theme/ changes. The
/// pages it serves reload themselves after each build, and show the build's errors while the last build failed
/// (see <see cref="PreviewEndpoints"/>); the files in the output folder stay as the build wrote them. A change of the
/// program's own code (a template, a C# file) is republished and ends the server asking for a restart (see <see cref="Republisher"/>).
/// </summary>
/// <param name="build">Runs one build with the memory of the builds before (see <see cref="BuildMemory"/>), reporting its problems to the writer given, and returns its exit code (0: success).</param>
/// <param name="errors">Where each build's problems are printed (the terminal).</param>
/// <param name="republisher">What to do when the program's code changes; null: code changes are not watched.</param>
public sealed class PreviewServer(BuildOptions options, int port, Func<BuildMemory, TextWriter, Task<int>> build, TextWriter errors,
    Republisher? republisher = null) : IAsyncDisposable
{
    /// <summary>Editors and IDEs save several code files at once: one publish after they are quiet this long.</summary>
    private static readonly TimeSpan CodeQuiet = TimeSpan.FromMilliseconds(300);

    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly RenderCache _cache = new();
    private BuildMemory? _memory;
    private CancellationTokenSource? _pending;
    private readonly CodeWatch _code = new();
    private StaticFileHost? _host;

    /// <summary>The builds as the served pages see them.</summary>
    public PreviewState State { get; } = new();

    /// <summary>Completes when the program was published again and the server should be started anew.</summary>
    public Task Restart => _code.Restart.Task;

    /// <summary>Builds with the render cache, one build at a time; only a successful build's pages are kept for the next.</summary>
    public async Task<int> BuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            var problems = new StringWriter();
            int code;
            try
            {
                _memory ??= new BuildMemory((pages, dates) => _cache.Wrap(pages, options, dates));
                code = await build(_memory, problems);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A fault of the generator's own must not end the preview, nor leave the last good pages looking current:
                // it is shown like a content error until the next build.
                problems.WriteLine(Diagnostics.Printable.Escape($"error: the build stopped unexpectedly ({e.GetType().Name}: {e.Message}); the pages shown are from the last good build"));
                code = 1;
            }

            await errors.WriteAsync(problems.ToString());
            if (code == 0)
            {
                _cache.Keep();
            }
            else
            {
                _cache.Forget();
            }

            var lines = code == 0 ? [] : problems.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // What the code's state says (republishing, a compile error) stays on the pages until it is over.
            if (_code.Notice is { } notice)
            {
                State.Publish([.. notice.Lines, .. lines], notice.Heading, notice.Intro);
            }
            else
            {
                State.Publish(lines);
            }

            // The build's garbage is collected now, while the editor types, rather than in the middle of the next
            // rebuild: a rebuild allocates more than the gen0 budget, and the first one after the start paid for the
            // first build's leftovers too (issue #30).
            GC.Collect();
            return code;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Starts serving and (unless told not to: tests that start each build themselves) watching; returns the site's address.</summary>
    public async Task<string> StartAsync(bool watch = true)
    {
        _host = await StaticFileHost.StartAsync(options.OutputFolder, port, before: app => PreviewEndpoints.Use(app, options.OutputFolder, State));
        if (watch)
        {
            Watch(options.InputFolder, code: false);
            Watch(options.ThemeFolder, code: republisher is not null);
            foreach (var folder in republisher?.Sources ?? [])
            {
                if (!SameFolder(folder, options.ThemeFolder) && !SameFolder(folder, options.InputFolder))
                {
                    Watch(folder, code: true, content: false);
                }
            }
        }

        return _host.BaseUrl;
    }

    /// <summary>Serves until stopped (false) or until the program was republished and wants to be started again (true).</summary>
    public async Task<bool> RunAsync(CancellationToken cancel)
    {
        var address = await StartAsync();
        Console.WriteLine($"Serving {Path.GetFullPath(options.OutputFolder)} on {address} — rebuilding on changes, pages reload themselves; Ctrl+C stops.");
        await Task.WhenAny(_host!.WaitForShutdownAsync(cancel), Restart);
        return Restart.IsCompleted;
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);

    /// <param name="code">Code files (templates, C#) here are compiled into the program: their changes are republished.</param>
    /// <param name="content">Other files here are the site's: their changes are rebuilt.</param>
    private void Watch(string folder, bool code, bool content = true)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Changed(string path)
        {
            if (code && Republisher.IsCode(path))
            {
                ScheduleRepublish(Path.GetRelativePath(Environment.CurrentDirectory, path));
            }
            else if (content && !(code && IsBuildFolder(folder, path)))
            {
                Schedule();
            }
        }

        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => { Changed(e.OldFullPath); Changed(e.FullPath); };
        _watchers.Add(watcher);
    }

    // A compile of the theme writes its bin/ and obj/: not the site's files.
    private static bool IsBuildFolder(string folder, string path) =>
        Path.GetRelativePath(folder, path).Replace('\\', '/').Split('/') is [var first, ..] && first is "bin" or "obj";

    private void ScheduleRepublish(string changed)
    {
        var next = _code.Schedule(changed);
        _ = Task.Delay(CodeQuiet, next).ContinueWith(_ => RepublishAsync(), next, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default).Unwrap();
    }

    /// <summary>Publishes the program again (one publish at a time; a change during one publishes again after it).</summary>
    private async Task RepublishAsync()
    {
        if (Restart.IsCompleted || !_code.Begin(out var changed))
        {
            return;
        }

        try
        {
            if (republisher?.Command is null)
            {
                Show(CodeWatch.NoCommand(changed));
                return;
            }

            Show(CodeWatch.Republishing(changed));
            var outcome = await republisher.PublishAsync(line => errors.WriteLine($"  {line}"), _code.Stopping);
            if (_code.Again)
            {
                return;
            }

            Show(outcome.Succeeded ? CodeWatch.Restarting() : CodeWatch.Failed(outcome.Lines));
            if (outcome.Succeeded)
            {
                _code.Restart.TrySetResult();
            }
        }
        catch (OperationCanceledException)
        {
            // The server stops.
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            // The command could not be started at all: said like a failed publish, and serve goes on.
            Show(CodeWatch.Failed([$"the publish command could not be run: {e.Message}"]));
        }
        finally
        {
            if (_code.End())
            {
                _ = RepublishAsync();
            }
        }
    }

    /// <summary>Says what the code's state is, in the terminal and on every page, until it changes.</summary>
    private void Show(CodeWatch.Message notice)
    {
        _code.Notice = notice;
        foreach (var line in notice.Terminal)
        {
            errors.WriteLine(line);
        }

        State.Publish(notice.Lines, notice.Heading, notice.Intro);
    }

    // Editors write a file in several steps; wait for a short quiet spell, then build once.
    private void Schedule()
    {
        var next = new CancellationTokenSource();
        Interlocked.Exchange(ref _pending, next)?.Cancel();
        _ = Task.Delay(50, next.Token).ContinueWith(_ => BuildAsync(), next.Token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        _pending?.Cancel();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _code.Dispose();

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        // A build the watcher started may still run; let it end before its semaphore goes.
        await _building.WaitAsync();
        _building.Dispose();
    }
}
