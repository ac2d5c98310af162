using System.Text.RegularExpressions;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Serving;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Rendering;

/// <summary>The whole-booklet page writes each chapter's parsed body again, under the chapter's id prefix (DESIGN.md §2–3).</summary>
public sealed partial class BookletPageTests
{
    /// <summary>A booklet of two chapters, each with a footnote; the first links to its own heading.</summary>
    private static TestSite BookletSite()
    {
        var site = new TestSite();
        foreach (var (language, booklet, second) in new[] { ("da", "haefte", "andet"), ("en", "booklet", "second") })
        {
            var first = language == "da" ? "forord" : "foreword";
            // Each language spells 'Første' its own way in an id (Danish writes ø out, English drops the mark).
            var anchor = language == "da" ? "foerste" : "forste";
            site.Write($"{language}/{booklet}.md", TestSite.Page("Booklet", "booklet", booklet, "{{< booklet keys=\"foreword second\" >}}", weight: 30, extra: "layout: booklet\n"));
            site.Write($"{language}/{first}.md", TestSite.Page("Foreword", "foreword", first, $"## Første\n\nSe [afsnittet](#{anchor}).[^1]\n\n[^1]: Kilde et."));
            site.Write($"{language}/{second}.md", TestSite.Page("Second", "second", second, $"## Første\n\nTo.[^1] Se [forordet]({first}.md) og [dets afsnit]({first}.md#{anchor}).\n\n[^1]: Kilde to.", weight: 20));
        }

        return site;
    }

    [Fact]
    public async Task Should_Make_Every_Chapters_Footnotes_A_Labelled_Section()
    {
        // Given two chapters with footnotes on the whole-booklet page
        using var site = BookletSite();

        // When built
        var outcome = await site.BuildAsync();

        // Then each chapter has its own labelled section, one level below the chapter title, and no raw Markdig div is left
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var html = site.OutputText("da/haefte/index.html");
        Assert.DoesNotContain("<div class=\"footnotes\"", html);
        Assert.Contains("<section class=\"footnotes\" aria-labelledby=\"chapter-foreword--footnotes-heading\"><h3 id=\"chapter-foreword--footnotes-heading\">", html);
        Assert.Contains("<section class=\"footnotes\" aria-labelledby=\"chapter-second--footnotes-heading\"><h3 id=\"chapter-second--footnotes-heading\">", html);
        Assert.Contains("<a id=\"chapter-second--fnref:1\" href=\"#chapter-second--fn:1\" class=\"footnote-ref\">", html);
        Assert.Contains("<li id=\"chapter-second--fn:1\">", html);
    }

    [Fact]
    public async Task Should_Point_In_Chapter_Links_At_The_Prefixed_Heading()
    {
        // Given a chapter that links to its own heading, and another chapter with a heading of the same text
        using var site = BookletSite();

        // When built
        var outcome = await site.BuildAsync();

        // Then on the booklet page the link and the heading carry the same prefixed id, a level down,
        // and the same heading text in the other chapter does not take a -2 from it
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var html = site.OutputText("da/haefte/index.html");
        Assert.Contains("<a href=\"#chapter-foreword--foerste\">afsnittet</a>", html);
        Assert.Contains("<h3 id=\"chapter-foreword--foerste\">Første</h3>", html);
        Assert.Contains("<h3 id=\"chapter-second--foerste\">Første</h3>", html);
        // ...while the chapter's own page keeps the plain ids
        Assert.Contains("<a href=\"#foerste\">afsnittet</a>", site.OutputText("da/forord/index.html"));
        Assert.Contains("<h2 id=\"foerste\">Første</h2>", site.OutputText("da/forord/index.html"));
    }

    [Fact]
    public async Task Should_Keep_The_Booklet_Chapters_In_The_Pdf_Plan_When_Pages_Come_From_The_Cache()
    {
        // Given a booklet site built once with the preview's cache
        using var site = BookletSite();
        var cache = new RenderCache();
        var options = new BuildOptions(site.Input, site.Output, RepoPaths.Theme, InPlace: true);
        var first = await new SiteBuilder(options, TextWriter.Null, new BuildMemory((pages, _) => cache.Wrap(pages, options))).BuildAsync();
        cache.Keep();

        // When it is built again and every page comes from the cache
        var log = new StringWriter();
        var second = await new SiteBuilder(options, log, new BuildMemory((pages, _) => cache.Wrap(pages, options))).BuildAsync();

        // Then the PDF plan still holds the booklet and both chapters in each language
        Assert.Contains("0 changed", log.ToString());
        Assert.Equal(6, first.PdfTargets.Count);
        Assert.Equal(first.PdfTargets, second.PdfTargets);
    }

    [Fact]
    public async Task Should_Report_An_Id_That_Stands_Twice_On_A_Page()
    {
        // Given two headings given the same id by hand
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "## Et {#samme}\n\n## To {#samme}"));

        // When built
        var outcome = await site.BuildAsync();

        // Then the build fails with MM052 at the page's first line
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.ErrorLines, line => DuplicateId().IsMatch(line));
    }

    [GeneratedRegex(@"^input/da/forord\.md:1: error: .*'samme'.* \[MM052\]$")]
    private static partial Regex DuplicateId();

    // Issue #14: a link from one chapter to another stays inside the whole-booklet page (and so inside its PDF).
    [Fact]
    public async Task Should_Link_From_Chapter_To_Chapter_Inside_The_Booklet_Page()
    {
        // Given a chapter that links to another chapter of the booklet and to a heading in it
        using var site = BookletSite();

        // When built
        var outcome = await site.BuildAsync();

        // Then on the booklet page both links lead to that chapter on the same page; on the chapter's own page they lead to the chapter's page
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var booklet = site.OutputText("da/haefte/index.html");
        Assert.Contains("<a href=\"#chapter-foreword\">forordet</a>", booklet);
        Assert.Contains("<a href=\"#chapter-foreword--foerste\">dets afsnit</a>", booklet);
        Assert.Contains("id=\"chapter-foreword\"", booklet);
        Assert.Contains("<a href=\"../forord/\">forordet</a>", site.OutputText("da/andet/index.html"));
    }

    // Issue #29: a new chapter joins the whole booklet and the PDFs without anyone editing a key list.
    [Fact]
    public async Task Should_Take_Every_Chapter_Before_It_By_The_Reading_Order_When_No_Keys_Are_Listed()
    {
        // Given a booklet without keys at weight 30, a chapter before it, a sheet before it and a page after it (back matter)
        using var site = new TestSite();
        foreach (var (language, booklet, second, sheet, after) in new[] { ("da", "haefte", "andet", "ark", "tilgaengelighed"), ("en", "booklet", "second", "sheet", "accessibility") })
        {
            site.Write($"{language}/{booklet}.md", TestSite.Page("Booklet", "booklet", booklet, "{{< booklet >}}", weight: 30, extra: "layout: booklet\n"))
                .Write($"{language}/{second}.md", TestSite.Page("Second", "second", second, "Kapitel to.", weight: 20))
                .Write($"{language}/{sheet}.md", TestSite.Page("Sheet", "sheet", sheet, "Et ark.", weight: 25, extra: "layout: sheet\n"))
                .Write($"{language}/{after}.md", TestSite.Page("After", "after", after, "Bagerst.", weight: 40));
        }

        // When built
        var outcome = await site.BuildAsync();

        // Then the booklet holds the foreword and the second chapter, in that order, and neither the sheet nor the page after it
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var html = site.OutputText("da/haefte/index.html");
        Assert.True(html.IndexOf("id=\"chapter-foreword\"", StringComparison.Ordinal) is > 0 and var foreword
            && html.IndexOf("id=\"chapter-second\"", StringComparison.Ordinal) > foreword, "the chapters in reading order");
        Assert.DoesNotContain("id=\"chapter-sheet\"", html);
        Assert.DoesNotContain("id=\"chapter-after\"", html);
        Assert.DoesNotContain("id=\"chapter-home\"", html);

        // And the PDF plan prints both chapters (the sheet for its own layout), not the back matter
        var pdfs = (await new SiteBuilder(new BuildOptions(site.Input, site.Output, RepoPaths.Theme), TextWriter.Null).BuildAsync()).PdfTargets
            .Where(t => t.Language == "da").Select(t => t.PageOutputPath).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["da/andet/index.html", "da/ark/index.html", "da/forord/index.html", "da/haefte/index.html"], pdfs);
    }
}
