using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Cli;

/// <summary>
/// The README's build command, ./build.sh, runs the generator published with Native AOT. These tests run that script
/// (which publishes into the git-ignored .build/ only when generator/ or theme/ changed, so a second test run reuses the
/// binary) and hold the native binary's output against the JIT build's, byte for byte.
/// </summary>
public sealed class NativeBinaryTests
{
    // The first publish links a native binary: minutes on a busy 2-core machine.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private static string Binary => Path.Combine(RepoPaths.Root, ".build", "native", "maalmedmening");

    // One run of ./build.sh per test run, shared by the tests below: it publishes (when needed) and builds the real site.
    private static readonly Lazy<Task<(TestSite.Outcome Outcome, string Output)>> Built = new(async () =>
    {
        var output = Path.Combine(Path.GetTempPath(), "mmm-native-site-" + Environment.ProcessId);
        var outcome = await GeneratorProcess.RunProgramAsync("bash", [Path.Combine(RepoPaths.Root, "build.sh"), "build", "--input", RepoPaths.Input, "--output", output, "--theme", RepoPaths.Theme], PublishTimeout);
        return (outcome, output);
    });

    [Fact]
    public async Task Should_Build_Byte_Identical_Output_With_The_Native_Binary()
    {
        // Given the real site built by the JIT generator
        using var jit = new TempFolder();
        Assert.Equal(0, await RealSite.BuildAsync(jit.Path));

        // When ./build.sh builds it with the native binary
        var (outcome, output) = await Built.Value;

        // Then it succeeded, the binary is native, and every file is the same, byte for byte
        Assert.True(outcome.ExitCode == 0, outcome.Errors + outcome.Output);
        Assert.DoesNotContain("ReadyToRun", outcome.Errors);
        Assert.False(File.Exists(Path.Combine(RepoPaths.Root, ".build", "native", "maalmedmening.dll")), "the binary is not a native one");
        var expected = FolderSnapshot.Take(jit.Path);
        Assert.True(expected.Count > 40, $"only {expected.Count} files were written");
        Assert.Equal(expected, FolderSnapshot.Take(output));
    }

    [Fact]
    public async Task Should_Serve_Byte_Identical_Output_With_The_Native_Binary()
    {
        // Given the native binary and the real site built by the JIT generator
        Assert.Equal(0, (await Built.Value).Outcome.ExitCode);
        using var jit = new TempFolder();
        Assert.Equal(0, await RealSite.BuildAsync(jit.Path));
        using var served = new TempFolder();
        var output = served.Combine("output");

        // When the native binary's serve has made its first build and started listening
        var serve = await ProcessRunner.RunAsync(new ProcessRun(Binary, ["serve", "--input", RepoPaths.Input, "--output", output, "--theme", RepoPaths.Theme, "--port", "0"])
        {
            Timeout = RunTimeout,
            StopAtLine = line => line.StartsWith("Serving ", StringComparison.Ordinal),
        });

        Assert.True(serve.Stopped, "serve did not start serving:\n" + serve.Output + serve.Errors);

        // Then its output is the JIT build's, byte for byte
        Assert.Equal(FolderSnapshot.Take(jit.Path), FolderSnapshot.Take(output));
    }

    [Fact]
    public async Task Should_Say_In_One_Line_What_Pdf_Needs_When_The_Native_Binary_Stands_Alone()
    {
        // Given the native binary copied without the JIT publish that ./build.sh puts beside it for pdf
        Assert.Equal(0, (await Built.Value).Outcome.ExitCode);
        using var alone = new TempFolder();
        var binary = alone.Combine("maalmedmening");
        File.Copy(Binary, binary); // keeps the executable bit on Unix

        // When pdf is asked of it
        var outcome = await GeneratorProcess.RunProgramAsync(binary, ["pdf", "--input", RepoPaths.Input, "--output", alone.Combine("output"), "--theme", RepoPaths.Theme], RunTimeout);

        // Then it stops with exit 2 and one line naming the way that works, never a stack trace, and builds nothing
        Assert.Equal(ExitCodes.UsageError, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("error: pdf needs the JIT build", line);
        Assert.Contains("./build.sh pdf", line);
        Assert.False(Directory.Exists(alone.Combine("output")));
    }
}
