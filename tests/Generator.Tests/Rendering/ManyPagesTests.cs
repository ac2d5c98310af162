using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Rendering;

/// <summary>
/// A site of more pages than a worker renders with one Razor renderer (it starts a fresh one every so many pages, so
/// that memory does not grow with the site), and a whole booklet made of many of them, which waits for its chapters.
/// </summary>
public sealed class ManyPagesTests
{
    private const int Chapters = 150;

    private static TestSite ManyPagesSite()
    {
        var site = new TestSite();
        foreach (var language in new[] { "da", "en" })
        {
            var keys = string.Join(' ', Enumerable.Range(0, Chapters).Select(i => $"chapter-{i:000}"));
            site.Write($"{language}/booklet.md", TestSite.Page("Booklet", "booklet", "booklet", $"{{{{< booklet keys=\"{keys}\" >}}}}", weight: 900, extra: "layout: booklet\n"));
            for (var i = 0; i < Chapters; i++)
            {
                site.Write($"{language}/chapter-{i:000}.md",
                    TestSite.Page($"Chapter {i} {language}", $"chapter-{i:000}", $"chapter-{i:000}", $"## Part {i}\n\nText {i} in {language}.", weight: 100 + i));
            }
        }

        return site;
    }

    [Fact]
    public async Task Should_Render_Every_Page_Whole_When_Workers_Renew_Their_Renderers()
    {
        // Given 150 chapters per language, more than one renderer's share on any worker
        using var site = ManyPagesSite();

        // When built
        var outcome = await site.BuildAsync();

        // Then every chapter page holds its own title, heading and text, and ends as a page does
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        foreach (var language in new[] { "da", "en" })
        {
            for (var i = 0; i < Chapters; i++)
            {
                var html = site.OutputText($"{language}/chapter-{i:000}/index.html");
                Assert.Contains($"<title>Chapter {i} {language}", html);
                Assert.Contains($"<h2 id=\"part-{i}\">Part {i}</h2>", html);
                Assert.Contains($"Text {i} in {language}.", html);
                Assert.EndsWith("</html>\n", html);
            }
        }
    }

    [Fact]
    public async Task Should_Fill_The_Booklet_With_Every_Chapter_In_Order()
    {
        // Given a booklet of 150 chapters, each parsed on its own page's turn
        using var site = ManyPagesSite();

        // When built
        var outcome = await site.BuildAsync();

        // Then the booklet holds every chapter, in the order it names them, each heading under its chapter's prefix
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var html = site.OutputText("en/booklet/index.html");
        var at = 0;
        for (var i = 0; i < Chapters; i++)
        {
            var heading = $"<h3 id=\"chapter-chapter-{i:000}--part-{i}\">Part {i}</h3>";
            var found = html.IndexOf(heading, at, StringComparison.Ordinal);
            Assert.True(found > at, $"chapter {i} is missing or out of order");
            at = found;
        }
    }
}
