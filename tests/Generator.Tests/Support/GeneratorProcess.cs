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

    public static Task<TestSite.Outcome> RunAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var generator = Path.Combine(AppContext.BaseDirectory, "maalmedmening.dll");
        Assert.True(File.Exists(generator), $"the generator is not built next to the tests: {generator}");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        return RunProgramAsync(host, arguments.Prepend(generator), timeout, workingDirectory, environment);
    }

    /// <summary>Runs any program (the native binary, ./build.sh) to its end or the timeout, with its output and errors.</summary>
    public static async Task<TestSite.Outcome> RunProgramAsync(string program, IEnumerable<string> arguments, TimeSpan timeout,
        string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test host's MSBuild settings would steer a dotnet publish (./build.sh's) into the test's own build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
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
            Assert.Fail($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return new TestSite.Outcome(process.ExitCode, await output, await errors);
    }
}
