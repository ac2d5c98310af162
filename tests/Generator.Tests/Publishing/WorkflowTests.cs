using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Publishing;

/// <summary>
/// .github/workflows/ci.yml is how the site reaches readers: it publishes what a maintainer would deploy, tests with
/// the runner's own Chrome, passes actionlint, and runs only commands the repository has (issue #31).
/// </summary>
public sealed class WorkflowTests
{
    private const string RunnersChrome = "/usr/bin/google-chrome";

    private static readonly string WorkflowPath = Path.Combine(RepoPaths.Root, ".github", "workflows", "ci.yml");

    private static string Text => File.ReadAllText(WorkflowPath);

    [Fact]
    public void Should_Run_Only_Commands_The_Repository_Has()
    {
        Assert.Empty(Problems(Text));
    }

    [Theory]
    [InlineData("./build.sh pdf", "./build.sh print", "print")]
    [InlineData("--site-url", "--site-address", "--site-address")]
    [InlineData("run: ./test.sh", "run: ./tests.sh", "./tests.sh is not in the repository")]
    [InlineData("run: ./test.sh", "run: sudo apt-get install -y chromium && ./test.sh", "sudo is neither")]
    public void Should_Report_A_Command_The_Repository_Does_Not_Have(string written, string changed, string expected)
    {
        // Given the workflow with a script, command or option renamed
        Assert.Contains(written, Text);
        var edited = Text.Replace(written, changed, StringComparison.Ordinal);

        // Then the check names it
        Assert.Contains(Problems(edited), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Publish_The_Native_Build_With_Its_Pdfs_At_The_Pages_Address()
    {
        var publish = Workflow.Parse(Text).Steps.Where(s => s.Job == "publish").ToList();

        // The maintainer's build: ./build.sh (the native binary) with the PDF step, at the address Pages gives,
        // with the runner's Chrome printing; and nothing built another way.
        var build = Assert.Single(publish, s => s.Run is not null);
        var command = Assert.Single(build.Commands);
        Assert.Equal(["./build.sh", "pdf", "--site-url", "https://owner.github.io/maalmedmening/"], command);
        Assert.Equal(RunnersChrome, build.Env["CHROMIUM_PATH"]);

        // What it wrote is what is uploaded.
        var upload = Assert.Single(publish, s => s.Uses?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("output", upload.With["path"]);
        Assert.Contains(publish, s => s.Uses?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Should_Test_With_The_Runners_Own_Chrome()
    {
        var test = Workflow.Parse(Text).Steps.Where(s => s.Job == "test").ToList();

        // The README's test command, with the Chrome GitHub's Ubuntu images ship; no browser installed by the job.
        var run = Assert.Single(test, s => s.Run is not null);
        Assert.Equal(["./test.sh"], Assert.Single(run.Commands));
        Assert.Equal(RunnersChrome, run.Env["CHROMIUM_PATH"]);
    }

    [Fact]
    public void Should_Check_Out_The_Whole_History_In_Every_Job()
    {
        // Last-updated dates come from git: the tested site and the published one see the same history.
        var checkouts = Workflow.Parse(Text).Steps.Where(s => s.Uses?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true).ToList();

        Assert.Equal(["publish", "test"], checkouts.Select(s => s.Job).Order(StringComparer.Ordinal));
        Assert.All(checkouts, s => Assert.Equal("0", s.With.GetValueOrDefault("fetch-depth")));
    }

    [Fact]
    public async Task Should_Pass_Actionlint()
    {
        Assert.Empty(await ActionLint.LintAsync(Text, ".github/workflows/ci.yml"));
    }

    [Fact]
    public async Task Should_Be_Checked_By_An_Actionlint_That_Finds_Mistakes()
    {
        // A misspelt runner and a step output that does not exist: a linter that passes this is not running.
        var broken = Text.Replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latst", StringComparison.Ordinal)
            .Replace("steps.deploy.outputs", "steps.deplyo.outputs", StringComparison.Ordinal);

        var findings = await ActionLint.LintAsync(broken, "ci.yml");

        Assert.Contains(findings, f => f.Contains("ubuntu-latst", StringComparison.Ordinal) && f.EndsWith("[runner-label]", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("deplyo", StringComparison.Ordinal) && f.EndsWith("[expression]", StringComparison.Ordinal));
    }

    private static List<string> Problems(string text) =>
        [.. Workflow.Parse(text).Steps.SelectMany(step => step.Commands.SelectMany(words =>
            RepositoryCommands.Problems(words, RepoPaths.Root).Select(p => $"{step.Title}: {p}")))];
}
