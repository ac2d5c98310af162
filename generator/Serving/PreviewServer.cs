using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Rendering;

namespace MaalMedMening.Generator.Serving;

/// <summary>
/// Serves the built site on 127.0.0.1 with Kestrel and rebuilds it when a file under input/ or theme/ changes. The
/// pages it serves reload themselves after each build, and show the build's errors while the last build failed
/// (see <see cref="PreviewEndpoints"/>); the files in the output folder stay as the build wrote them.
/// </summary>
/// <param name="build">Runs one build with the memory of the builds before (see <see cref="BuildMemory"/>), reporting its problems to the writer given, and returns its exit code (0: success).</param>
/// <param name="errors">Where each build's problems are printed (the terminal).</param>
public sealed class PreviewServer(BuildOptions options, int port, Func<BuildMemory, TextWriter, Task<int>> build, TextWriter errors) : IAsyncDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly RenderCache _cache = new();
    private BuildMemory? _memory;
    private CancellationTokenSource? _pending;
    private StaticFileHost? _host;

    /// <summary>The builds as the served pages see them.</summary>
    public PreviewState State { get; } = new();

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

            State.Publish(code == 0 ? [] : problems.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
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
            Watch(options.InputFolder);
            Watch(options.ThemeFolder);
        }

        return _host.BaseUrl;
    }

    public async Task RunAsync(CancellationToken cancel)
    {
        var address = await StartAsync();
        Console.WriteLine($"Serving {Path.GetFullPath(options.OutputFolder)} on {address} — rebuilding on changes, pages reload themselves; Ctrl+C stops.");
        await _host!.WaitForShutdownAsync(cancel);
    }

    private void Watch(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        _watchers.Add(watcher);
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

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        // A build the watcher started may still run; let it end before its semaphore goes.
        await _building.WaitAsync();
        _building.Dispose();
    }
}
