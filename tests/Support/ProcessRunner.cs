using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace MaalMedMening.Tests.Support;

/// <summary>
/// The one way the tests start a program (the nginx host, a server that outlives its test, is the other). Both
/// output streams are read as they come, so a program that fills a pipe never waits on the test; every run is
/// bounded by its timeout, after which the whole process tree is killed and the test fails saying so.
/// </summary>
public static class ProcessRunner
{
    // After the program has ended, a grandchild it left behind (a build server) may still hold its pipes open:
    // what came by then is the output; the test does not wait for the grandchild.
    private static readonly TimeSpan PipeGrace = TimeSpan.FromSeconds(10);

    public static Task<ProcessResult> RunAsync(string program, params string[] arguments) => RunAsync(new ProcessRun(program, arguments));

    /// <summary>For the tests' synchronous helpers; runs on the thread pool so that no test's context can deadlock it.</summary>
    public static ProcessResult Run(ProcessRun run) => Task.Run(() => RunAsync(run)).GetAwaiter().GetResult();

    public static async Task<ProcessResult> RunAsync(ProcessRun run)
    {
        using var process = Start(run);
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new StreamPump(process.StandardOutput, run.StopAtLine is { } accept ? line => { if (accept(line)) stop.TrySetResult(); } : null);
        var errors = new StreamPump(process.StandardError, null);
        _ = FeedAsync(process.StandardInput, run.Input);

        using var cancel = new CancellationTokenSource(run.Timeout);
        var exit = process.WaitForExitAsync(cancel.Token);
        var stopped = await Task.WhenAny(exit, stop.Task).ConfigureAwait(false) == stop.Task && !exit.IsCompletedSuccessfully;
        var timedOut = false;
        if (!stopped)
        {
            try
            {
                await exit.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
            }
        }

        if (stopped || timedOut)
        {
            await KillAsync(process).ConfigureAwait(false);
        }

        await Task.WhenAny(Task.WhenAll(output.Done, errors.Done), Task.Delay(PipeGrace)).ConfigureAwait(false);
        if (timedOut)
        {
            throw new TimeoutException($"{Describe(run)} did not finish within {run.Timeout.TotalSeconds:0} s and was killed; it wrote:\n{Tail(output.Text + errors.Text)}");
        }

        return new ProcessResult(process.ExitCode, output.Text, errors.Text, stopped);
    }

    private static Process Start(ProcessRun run)
    {
        var start = new ProcessStartInfo(run.Program)
        {
            WorkingDirectory = run.WorkingDirectory ?? "",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in run.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in run.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{run.Program} did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{run.Program}' could not be started ({e.Message}){(run.InstallHint is { } hint ? "; " + hint : "")}", e);
        }
    }

    private static async Task FeedAsync(StreamWriter input, string? text)
    {
        try
        {
            if (text is not null)
            {
                await input.WriteAsync(text).ConfigureAwait(false);
            }

            input.Close();
        }
        catch (IOException)
        {
            // The program ended (or was killed) without reading all of it; its exit code tells the test what happened.
        }
    }

    private static async Task KillAsync(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended between the decision and the kill.
        }

        using var cancel = new CancellationTokenSource(PipeGrace);
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{process.StartInfo.FileName} (process {process.Id}) did not end after being killed");
        }
    }

    private static string Describe(ProcessRun run) => string.Join(' ', run.Arguments.Prepend(Path.GetFileName(run.Program)));

    private static string Tail(string text) => text.Length > 4000 ? "…" + text[^4000..] : text;

    /// <summary>Reads one stream to its end as it comes, keeping all of it, and hands each whole line to a listener.</summary>
    private sealed class StreamPump
    {
        private readonly StringBuilder _text = new();
        private readonly Action<string>? _line;
        private int _lineStart;

        public StreamPump(StreamReader reader, Action<string>? line)
        {
            _line = line;
            Done = Task.Run(() => PumpAsync(reader));
        }

        public Task Done { get; }

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        private async Task PumpAsync(StreamReader reader)
        {
            var buffer = new char[8192];
            int read;
            while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                lock (_text)
                {
                    _text.Append(buffer, 0, read);
                }

                if (_line is not null)
                {
                    HandLines();
                }
            }
        }

        private void HandLines()
        {
            string text;
            lock (_text)
            {
                text = _text.ToString(_lineStart, _text.Length - _lineStart);
            }

            int end;
            while ((end = text.IndexOf('\n', StringComparison.Ordinal)) >= 0)
            {
                _line!(text[..end].TrimEnd('\r'));
                _lineStart += end + 1;
                text = text[(end + 1)..];
            }
        }
    }
}
