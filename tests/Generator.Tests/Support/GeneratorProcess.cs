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
        // The test host's MSBuild settings would steer a dotnet publish (./build.sh's) into the test's own build.
        var variables = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(name => name, string? (_) => null);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        var result = await ProcessRunner.RunAsync(new ProcessRun(program, [.. arguments])
        {
            WorkingDirectory = workingDirectory,
            Environment = variables,
            Timeout = timeout,
        });
        return new TestSite.Outcome(result.ExitCode, result.Output, result.Errors);
    }
}
