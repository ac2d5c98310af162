using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Rendering;

namespace MaalMedMening.Generator.Serving;

/// <summary>Serves the built site on 127.0.0.1 with Kestrel and rebuilds it when a file under input/ or theme/ changes.</summary>
/// <param name="build">Runs one build with the page renderer wrapped as given, reports it, and returns its exit code (0: success).</param>
public sealed class PreviewServer(BuildOptions options, int port, Func<Func<IPageRenderer, IPageRenderer>, Task<int>> build) : IAsyncDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly RenderCache _cache = new();
    private CancellationTokenSource? _pending;

    /// <summary>Builds with the render cache; only a successful build's pages are kept for the next.</summary>
    public async Task<int> BuildAsync()
    {
        var code = await build(pages => _cache.Wrap(pages, options));
        if (code == 0)
        {
            _cache.Keep();
        }
        else
        {
            _cache.Forget();
        }

        return code;
    }

    public async Task RunAsync(CancellationToken cancel)
    {
        await using var host = await StaticFileHost.StartAsync(options.OutputFolder, port);
        Watch(options.InputFolder);
        Watch(options.ThemeFolder);
        Console.WriteLine($"Serving {Path.GetFullPath(options.OutputFolder)} on {host.BaseUrl} — rebuilding on changes; Ctrl+C stops.");
        await host.WaitForShutdownAsync(cancel);
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
        _ = Task.Delay(50, next.Token).ContinueWith(async _ =>
        {
            await _building.WaitAsync();
            try
            {
                await BuildAsync();
            }
            finally
            {
                _building.Release();
            }
        }, next.Token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _building.Dispose();
        return ValueTask.CompletedTask;
    }
}
