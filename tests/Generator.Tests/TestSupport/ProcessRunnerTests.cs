using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Tests.TestSupport;

/// <summary>
/// The one process runner every test uses: it must never hang a test run, whatever the program does (write more than
/// a pipe holds, never end, leave a child behind), and must hand back each stream whole.
/// </summary>
public sealed class ProcessRunnerTests
{
    [Fact]
    public async Task Should_Return_Both_Streams_Whole_When_Each_Is_Larger_Than_A_Pipe_Holds()
    {
        // Given a program that writes 1 MiB to standard error before a line to standard output (a pipe holds 64 KiB)
        var script = "head -c 1048576 /dev/zero | tr '\\0' e >&2; echo done";

        // When it is run
        var result = await ProcessRunner.RunAsync(new ProcessRun("sh", ["-c", script]) { Timeout = TimeSpan.FromMinutes(2) });

        // Then it ended by itself and nothing was lost
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1048576, result.Errors.Length);
        Assert.Equal("done\n", result.Output);
        Assert.False(result.Stopped);
    }

    [Fact]
    public async Task Should_Kill_The_Whole_Process_Tree_And_Say_So_When_The_Timeout_Passes()
    {
        // Given a program that starts a child which never ends, and says the child's id
        var watch = Stopwatch.StartNew();

        // When it is run with a short timeout
        var error = await Assert.ThrowsAsync<TimeoutException>(() => ProcessRunner.RunAsync(
            new ProcessRun("sh", ["-c", "sleep 600 & echo $!; wait"]) { Timeout = TimeSpan.FromSeconds(2) }));

        // Then the test hears of it at once, with what it wrote, and the child is gone too
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Contains("did not finish within 2 s", error.Message);
        var child = int.Parse(Regex.Match(error.Message, @"it wrote:\n(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var gone = Stopwatch.StartNew();
        while (Runs(child) && gone.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.False(Runs(child), $"process {child} still runs");
    }

    // A killed process may stand as a zombie until its new parent reaps it: that one no longer runs.
    private static bool Runs(int pid)
    {
        try
        {
            return !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Should_Stop_A_Server_At_The_Line_That_Says_It_Is_Ready()
    {
        var result = await ProcessRunner.RunAsync(new ProcessRun("sh", ["-c", "echo starting; echo Serving http://127.0.0.1:1/; sleep 600"])
        {
            Timeout = TimeSpan.FromMinutes(2),
            StopAtLine = line => line.StartsWith("Serving ", StringComparison.Ordinal),
        });

        Assert.True(result.Stopped);
        Assert.Contains("starting\nServing ", result.Output);
    }

    [Fact]
    public async Task Should_Feed_Standard_Input_And_Close_It()
    {
        var result = await ProcessRunner.RunAsync(new ProcessRun("cat", []) { Input = "æøå\nline two\n", Timeout = TimeSpan.FromMinutes(2) });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("æøå\nline two\n", result.Output);
    }

    [Fact]
    public async Task Should_Say_How_To_Install_A_Program_That_Is_Missing()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ProcessRunner.RunAsync(
            new ProcessRun("no-such-program-mmm", []) { InstallHint = "apt-get install no-such-program" }));

        Assert.Contains("'no-such-program-mmm' could not be started", error.Message);
        Assert.EndsWith("; apt-get install no-such-program", error.Message);
    }
}
