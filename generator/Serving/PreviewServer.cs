using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Generator.Serving;

/// <summary>Serves the built site on 127.0.0.1 with Kestrel and rebuilds it when a file under input/ or theme/ changes.</summary>
public sealed class PreviewServer(BuildOptions options, int port) : IAsyncDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly BuildCache _cache = new();
    private CancellationTokenSource? _pending;

    /// <returns>The exit code: that of the first build when the output folder is refused or cannot be written, else 0.</returns>
    public async Task<int> RunAsync(CancellationToken cancel)
    {
        // A content error is for the author to fix while the server runs; a refused or unwritable output is not.
        var code = await BuildCommand.RunAsync(options, Console.Out, Console.Error, _cache);
        if (code is ExitCodes.UsageError or ExitCodes.IoFailure)
        {
            return code;
        }

        await using var host = await StaticFileHost.StartAsync(options.OutputFolder, port);
        Watch(options.InputFolder);
        Watch(options.ThemeFolder);
        Console.WriteLine($"Serving {Path.GetFullPath(options.OutputFolder)} on {host.BaseUrl} — rebuilding on changes; Ctrl+C stops.");
        await host.WaitForShutdownAsync(cancel);
        return ExitCodes.Success;
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
                await BuildCommand.RunAsync(options, Console.Out, Console.Error, _cache);
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
