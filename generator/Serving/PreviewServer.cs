using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Generator.Serving;

/// <summary>Serves the built site on 127.0.0.1 with Kestrel and rebuilds it when a file under input/ or theme/ changes.</summary>
/// <param name="rebuild">Runs one build (the caller has run the first one and reports each build itself).</param>
public sealed class PreviewServer(BuildOptions options, int port, Func<Task> rebuild) : IAsyncDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private CancellationTokenSource? _pending;

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
                await rebuild();
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
