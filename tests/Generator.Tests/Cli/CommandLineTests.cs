using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Cli;

/// <summary>The command line as an author meets it: usage mistakes exit 2, content mistakes 1, success 0 (issue #2).</summary>
public sealed class CommandLineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("publish")]
    [InlineData("bild")]
    [InlineData]
    [InlineData("build", "--site-url", "not-an-address")]
    [InlineData("build", "--no-such-option")]
    [InlineData("serve", "--port", "99999")]
    [InlineData("serve", "--port", "-1")]
    [InlineData("serve", "--port", "abc")]
    [InlineData("serve", "--port", "1.5")]
    [InlineData("serve", "--port", "")]
    public async Task Should_Exit_2_On_A_Usage_Error(params string[] arguments)
    {
        using var folder = new TempFolder();

        var outcome = await GeneratorProcess.RunAsync(folder.Path, arguments, Timeout);

        Assert.Equal(2, outcome.ExitCode);
        // One line per mistake (a bare "publish" is two: no command, an unknown word), never a stack trace.
        Assert.All(outcome.ErrorLines, line => Assert.StartsWith("error: ", line));
        Assert.DoesNotContain("   at ", outcome.Errors);
        Assert.Single(outcome.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Should_Name_A_Misspelt_Command_In_One_Line()
    {
        using var folder = new TempFolder();

        var outcome = await GeneratorProcess.RunAsync(folder.Path, ["bild"], Timeout);

        // The error about what was typed, not "Required command was not provided" (issue #29)
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("error: Unrecognized command or argument 'bild'; usage: maalmedmening build|serve|pdf|new [options] (see --help)", outcome.Errors.TrimEnd());
    }

    [Fact]
    public async Task Should_Print_A_Line_Per_Phase_And_A_Summary()
    {
        using var site = new TestSite();

        var outcome = await GeneratorProcess.BuildAsync(site, Timeout);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("  read input ", outcome.Output);
        Assert.Contains("  render pages ", outcome.Output);
        Assert.Matches(@"Done: 2 da, 2 en pages, \d+ files \(\d+ KiB\), 0 errors, \d+ ms", outcome.Output);
    }
}
