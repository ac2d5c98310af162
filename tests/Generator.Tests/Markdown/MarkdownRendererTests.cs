using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Markdown;

/// <summary>Markdown features as authors use them, checked in the built page.</summary>
public sealed class MarkdownRendererTests
{
    private static async Task<string> RenderAsync(string body, params (string Path, string Text)[] extra)
    {
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", body));
        foreach (var (path, text) in extra)
        {
            site.Write(path, text);
        }

        var outcome = await site.BuildAsync();
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        return site.OutputText("da/forord/index.html");
    }

    [Fact]
    public async Task Should_Turn_Md_Links_Into_Relative_Page_Links()
    {
        var html = await RenderAsync("Til [forsiden](_index.md) og [afsnittet](#foerste).\n\n## Første");

        Assert.Contains("<a href=\"../\">forsiden</a>", html);
        Assert.Contains("<a href=\"#foerste\">afsnittet</a>", html);
    }

    [Fact]
    public async Task Should_Make_Attributed_Quotes_Pull_Quotes()
    {
        var html = await RenderAsync("> ”Det er godt.\n>\n> — Tillidsrepræsentant, kommune");

        Assert.Matches("<figure class=\"pullquote\"><blockquote>\\s*<p>”Det er godt.</p>\\s*</blockquote><figcaption>Tillidsrepræsentant, kommune</figcaption></figure>", html);
    }

    [Fact]
    public async Task Should_Render_Footnotes_As_A_Labelled_Section()
    {
        var html = await RenderAsync("Tekst.[^1]\n\n[^1]: Kilde.");

        Assert.Contains("<section class=\"footnotes\" aria-labelledby=\"footnotes-heading\"><h2 id=\"footnotes-heading\">footnotes da</h2>", html);
        Assert.Contains("aria-label=\"footnoteBack da\"", html);
    }

    [Fact]
    public async Task Should_Give_Headings_Unique_Transliterated_Ids()
    {
        var html = await RenderAsync("## Fordele og ulemper\n\n### Mål\n\n### Mål");

        Assert.Contains("<h2 id=\"fordele-og-ulemper\">", html);
        Assert.Contains("<h3 id=\"maal\">", html);
        Assert.Contains("<h3 id=\"maal-2\">", html);
    }

    [Fact]
    public async Task Should_Make_Heading_Ids_From_The_Text_A_Reader_Sees()
    {
        var html = await RenderAsync("## *Mål* og [midler](_index.md) &amp; `kode`[^1]\n\nTekst.\n\n[^1]: Note.");

        Assert.Contains("<h2 id=\"maal-og-midler-kode1\">", html);
    }

    [Fact]
    public async Task Should_Render_Question_Data_Where_The_Shortcode_Stands()
    {
        var data = "- id: overall-1\n  group: overall\n  text: Hvorfor måler vi?\n";
        var html = await RenderAsync("Før.\n\n{{< questions group=\"overall\" >}}\n\nEfter.",
            ("da/data/questions.yml", data), ("en/data/questions.yml", data.Replace("Hvorfor måler vi?", "Why do we measure?")));

        Assert.Matches("<p>Før.</p>\\s*<ol class=\"questions\" data-group=\"overall\">\\s*<li id=\"overall-1\" class=\"question\">Hvorfor måler vi\\?</li>\\s*</ol>\\s*<p>Efter.</p>", html);
    }

    [Fact]
    public async Task Should_Mark_Foreign_Words_With_Lang()
    {
        var html = await RenderAsync("Et *MED-udvalg*{lang=en} her.");

        Assert.Contains("<em lang=\"en\">MED-udvalg</em>", html);
    }

    [Fact]
    public async Task Should_Put_Each_Level_Two_Part_Of_A_Sheet_Page_On_Its_Own_Sheet()
    {
        // Given a page of sheets with an introduction and two level-2 parts
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Indledning.\n\n## Et\n\nA.\n\n### Under\n\n## To\n\nB.", extra: "layout: sheet\n"));

        // When built
        var outcome = await site.BuildAsync();

        // Then the introduction stays outside, and each h2 opens a sheet that runs to the next
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var html = site.OutputText("da/forord/index.html");
        Assert.Matches("<p>Indledning.</p>\\s*<section class=\"sheet\"><h2 id=\"et\">Et</h2>\\s*<p>A.</p>\\s*<h3 id=\"under\">Under</h3>\\s*</section><section class=\"sheet\"><h2 id=\"to\">To</h2>\\s*<p>B.</p>\\s*</section>", html);
    }

    [Fact]
    public async Task Should_Make_A_Quote_Without_A_Speaker_A_Plain_Block_Quote()
    {
        var html = await RenderAsync("> Bare et citat.\n>\n> Intet navn.");

        Assert.DoesNotContain("pullquote", html);
        Assert.Contains("<blockquote>\n<p>Bare et citat.</p>\n<p>Intet navn.</p>\n</blockquote>", html);
    }
}
