using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Golden;

/// <summary>
/// A small bilingual page pair rendered through the whole pipeline and compared with checked-in HTML.
/// Regenerate with <c>UPDATE_GOLDEN=1 dotnet test</c> after an intended change; never edit the files by hand.
/// </summary>
public sealed class GoldenPageTests
{
    private static readonly string Expected = Path.Combine(RepoPaths.Root, "tests", "Generator.Tests", "Golden", "expected");

    public static TheoryData<string> Pages() => new() { "index.html", "da/index.html", "da/forord/index.html", "en/foreword/index.html", "da/404.html", "sitemap.xml" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Should_Render_Page_As_Approved(string page)
    {
        // Given a small page pair with a quote, a footnote and a link
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord",
            "## Første afsnit\n\nTekst med note.[^1] Til [forsiden](_index.md).\n\n> ”Citat.\n>\n> — Leder, kommune\n\n[^1]: Kilde."));

        // When built
        var outcome = await site.BuildAsync();
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var actual = site.OutputText(page);

        // Then the page is the approved one
        var expectedFile = Path.Combine(Expected, page);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedFile)!);
            File.WriteAllText(expectedFile, actual);
        }

        Assert.True(File.Exists(expectedFile), $"no approved file {expectedFile}; run with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedFile), actual);
    }
}
