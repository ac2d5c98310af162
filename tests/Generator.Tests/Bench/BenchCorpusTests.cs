using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Bench;

/// <summary>
/// bench/run.sh builds CorpusMaker's corpora with this generator and with Hugo. When the real input gained a setting
/// the corpus did not follow (site.yml's menu), the benchmark broke and nothing else noticed (#30): the smallest
/// corpus is built here with both, as the script does.
/// </summary>
public sealed class BenchCorpusTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Should_Build_The_Smallest_Bench_Corpus_With_The_Generator_And_With_Hugo()
    {
        // Given: the benchmark's smallest corpus, made from the real input as bench/run.sh makes it
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        var hugoSite = folder.Combine("hugo");
        var made = await GeneratorProcess.RunProgramAsync(DotnetHost, [CorpusMaker, "--pages", "20", "--output", input,
            "--from", RepoPaths.Input, "--hugo", hugoSite], Timeout);
        Assert.True(made.ExitCode == 0, made.Errors);

        // When: the generator builds it
        var built = await GeneratorProcess.RunAsync(folder.Path,
            ["build", "--input", input, "--output", folder.Combine("output"), "--theme", RepoPaths.Theme], Timeout);

        // Then: it builds cleanly, every page in both languages
        Assert.True(built.ExitCode == 0, built.Errors);
        Assert.Contains("20 da, 20 en pages", built.Output, StringComparison.Ordinal);

        // And Hugo builds its twin (test.sh installs Debian's hugo, as bench/run.sh does)
        var hugo = new[] { "/usr/bin/hugo", "/usr/local/bin/hugo" }.FirstOrDefault(File.Exists);
        Assert.True(hugo is not null, "hugo is not installed; ./test.sh installs Debian's hugo");
        var hugoBuilt = await GeneratorProcess.RunProgramAsync(hugo, ["--source", hugoSite, "--destination",
            folder.Combine("hugo-output"), "--quiet"], Timeout);
        Assert.True(hugoBuilt.ExitCode == 0, hugoBuilt.Output + hugoBuilt.Errors);
        Assert.True(File.Exists(folder.Combine("hugo-output", "index.html")), "Hugo wrote no home page");
    }

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";

    private static string CorpusMaker
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "corpusmaker.dll");
            Assert.True(File.Exists(dll), $"CorpusMaker is not built next to the tests: {dll}");
            return dll;
        }
    }
}
