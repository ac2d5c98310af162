using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Pipeline;

/// <summary><c>check</c> validates any input folder with build's diagnostics and writes nothing (issues #27, #29).</summary>
public sealed class CheckCommandTests
{
    private static async Task<TestSite.Outcome> CheckAsync(TestSite site)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await CheckCommand.RunAsync(site.Input, RepoPaths.Theme, output, errors);
        return new TestSite.Outcome(code, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Should_Pass_A_Folder_That_Builds_And_Write_Nothing()
    {
        // Given a site that builds
        using var site = new TestSite();
        var before = FolderSnapshot.Take(site.Input);

        // When it is checked
        var checkedSite = await CheckAsync(site);

        // Then it passes with one verdict line, the input is as it was, and no output folder was made
        Assert.True(checkedSite.ExitCode == 0, checkedSite.Errors);
        Assert.Equal($"Checked {site.Input}: 2 da, 2 en pages, 0 errors; nothing was written", checkedSite.Output.TrimEnd());
        Assert.Equal(before, FolderSnapshot.Take(site.Input));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Should_Report_The_Same_Errors_As_Build()
    {
        // Given a page that links to a page that does not exist
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Se [siden](mangler.md)."));

        // When it is checked, and when it is built
        var checkedSite = await CheckAsync(site);
        var built = await site.BuildAsync();

        // Then check fails as build does, with the same file:line errors, and says nothing was written
        Assert.Equal(1, checkedSite.ExitCode);
        Assert.Equal(1, built.ExitCode);
        var problems = checkedSite.ErrorLines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(problems);
        Assert.Equal(built.ErrorLines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)), problems.Select(l => l.Replace(Path.GetDirectoryName(site.Input)! + "/", "")));
        Assert.EndsWith("nothing was written.", checkedSite.ErrorLines[^1]);
    }
}
