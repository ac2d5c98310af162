using System.Diagnostics;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>
/// Runs the built generator as its own process, exactly as an author does. Used for input that might crash the
/// process (a stack overflow cannot be caught and would take the whole test run with it).
/// </summary>
public static class GeneratorProcess
{
    // From the site's folder the generator names files as "input/da/…", as authors see them.
    public static Task<TestSite.Outcome> BuildAsync(TestSite site, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync(Path.GetDirectoryName(site.Input)!, ["build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme], timeout, environment);

    public static async Task<TestSite.Outcome> RunAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var generator = Path.Combine(AppContext.BaseDirectory, "maalmedmening.dll");
        Assert.True(File.Exists(generator), $"the generator is not built next to the tests: {generator}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments.Prepend(generator))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the generator did not finish within {timeout.TotalSeconds:0} s");
        }

        return new TestSite.Outcome(process.ExitCode, await output, await errors);
    }
}
