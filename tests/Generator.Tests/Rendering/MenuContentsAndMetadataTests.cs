using AngleSharp.Html.Parser;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Rendering;

/// <summary>
/// Finding one's way without script: the header menu from site.yml, "On this page" contents on pages
/// with three or more sections, the favicon, link-preview metadata and the footer's credit.
/// </summary>
public sealed class MenuContentsAndMetadataTests
{
    private const string Settings = "languages: da en\nsiteUrl: https://example.dk/maalmedmening/\naccessibilityStatement: https://www.was.digst.dk/example-dk\n";

    private static readonly HtmlParser Parser = new();

    private static AngleSharp.Dom.IDocument Read(TestSite site, string path) => Parser.ParseDocument(site.OutputText(path));

    [Fact]
    public async Task Should_List_The_Menu_Pages_In_Order_With_Their_Menu_Titles_And_Mark_The_Current_One()
    {
        // Given a menu of two pages, one with a short menuTitle, and a section with a page below it
        using var site = new TestSite()
            .Write("site.yml", Settings + "menu: foreword cases\n")
            .Write("da/forord.md", TestSite.Page("Forord til hæftet", "foreword", "forord", "Tekst.", extra: "menuTitle: Forord\n"))
            .Write("da/cases/_index.md", TestSite.Page("Eksempler fra praksis", "cases", "eksempler", "Tre eksempler.", weight: 20))
            .Write("da/cases/dsb.md", TestSite.Page("DSB", "case-dsb", "dsb", "Om DSB."))
            .Write("en/cases/_index.md", TestSite.Page("Cases", "cases", "cases", "Three cases.", weight: 20))
            .Write("en/cases/dsb.md", TestSite.Page("DSB", "case-dsb", "dsb", "About DSB."));

        // When the site is built
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        // Then every page's header has one named menu with the pages in order, labelled by menuTitle, else title
        foreach (var path in new[] { "da/index.html", "da/forord/index.html", "da/eksempler/dsb/index.html", "da/404.html" })
        {
            var menu = Read(site, path).QuerySelectorAll("header nav.site-menu");
            Assert.Single(menu);
            Assert.Equal("menuLabel da", menu[0].GetAttribute("aria-label"));
            Assert.Equal(["Forord", "Eksempler fra praksis"], menu[0].QuerySelectorAll(".site-menu-wide a").Select(a => a.TextContent));
            Assert.NotNull(menu[0].QuerySelector("details.site-menu-narrow > summary"));
        }

        // And the page itself is the current page, its section the current section, and nothing elsewhere
        string Current(string path) => string.Join(",", Read(site, path).QuerySelectorAll(".site-menu-wide a").Select(a => a.GetAttribute("aria-current") ?? "-"));
        Assert.Equal("page,-", Current("da/forord/index.html"));
        Assert.Equal("-,page", Current("da/eksempler/index.html"));
        Assert.Equal("-,true", Current("da/eksempler/dsb/index.html"));
        Assert.Equal("-,-", Current("da/index.html"));
        Assert.Equal("../../forord/", Read(site, "da/eksempler/dsb/index.html").QuerySelector(".site-menu-wide a")!.GetAttribute("href"));
        Assert.Equal("/maalmedmening/da/forord/", Read(site, "da/404.html").QuerySelector(".site-menu-wide a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Should_Have_No_Menu_When_The_Site_Names_None()
    {
        using var site = new TestSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        Assert.Null(Read(site, "da/forord/index.html").QuerySelector("nav.site-menu"));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Should_Show_Contents_Only_With_Three_Or_More_Sections(int sections, bool expected)
    {
        // Given a page with some level-2 sections (and a level-3 heading, which is no section)
        var body = string.Join("\n\n", Enumerable.Range(1, sections).Select(n => $"## Afsnit *nummer* {n}\n\nTekst.\n\n### Underafsnit {n}\n\nMere."));
        using var site = new TestSite().Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", body));

        // When the site is built
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        // Then "On this page" is there only from three sections on, linking to each section's heading by its id, with its plain text
        var page = Read(site, "da/forord/index.html");
        var contents = page.QuerySelector("main nav.page-contents");
        Assert.Equal(expected, contents is not null);
        if (contents is not null)
        {
            Assert.Equal("page-contents-heading", contents.GetAttribute("aria-labelledby"));
            var links = contents.QuerySelectorAll("a").ToList();
            Assert.Equal(["Afsnit nummer 1", "Afsnit nummer 2", "Afsnit nummer 3"], links.Select(a => a.TextContent));
            Assert.All(links, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
            Assert.Equal("afsnit-nummer-2", links[1].GetAttribute("href")![1..]);
        }
    }

    [Fact]
    public async Task Should_Count_The_Sections_The_Page_Writes_After_Its_Body()
    {
        // Given a page with two sections of its own and a see-also list after its text
        using var site = new TestSite()
            .Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "## Et\n\nA.\n\n## To\n\nB.", extra: "seeAlso: home\n"))
            .Write("en/foreword.md", TestSite.Page("Foreword", "foreword", "foreword", "## One\n\nA.", extra: "seeAlso: home\n"));

        // When the site is built
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        // Then the see-also heading is the third section, listed last; the English page, with two, has no contents
        var links = Read(site, "da/forord/index.html").QuerySelectorAll("nav.page-contents a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["#et", "#to", "#see-also-heading"], links);
        Assert.Null(Read(site, "en/foreword/index.html").QuerySelector("nav.page-contents"));
    }

    [Fact]
    public async Task Should_Describe_Each_Page_For_Link_Previews()
    {
        // Given the minimal site
        using var site = new TestSite();

        // When it is built
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        // Then each page carries its Open Graph title, description, type, absolute address, site name and locales
        string? Og(AngleSharp.Dom.IDocument page, string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        var foreword = Read(site, "da/forord/index.html");
        Assert.Equal("Forord", Og(foreword, "og:title"));
        Assert.Equal("About Forord.", Og(foreword, "og:description"));
        Assert.Equal("article", Og(foreword, "og:type"));
        Assert.Equal("https://example.dk/maalmedmening/da/forord/", Og(foreword, "og:url"));
        Assert.Equal("siteTitle da", Og(foreword, "og:site_name"));
        Assert.Equal("da_DK", Og(foreword, "og:locale"));
        Assert.Equal(["en_GB"], foreword.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        var home = Read(site, "en/index.html");
        Assert.Equal("website", Og(home, "og:type"));
        Assert.Equal("en_GB", Og(home, "og:locale"));
        Assert.Equal(["da_DK"], home.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
    }

    [Fact]
    public async Task Should_Ship_A_Favicon_At_The_Root_And_Link_The_Svg_Icon()
    {
        using var site = new TestSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        // /favicon.ico is a real icon file (ICO header: reserved 0, type 1)
        var ico = File.ReadAllBytes(Path.Combine(site.Output, "favicon.ico"));
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, ico[..4]);

        // and every page, the chooser and the 404 pages link the SVG icon, which exists
        foreach (var (path, prefix) in new[] { ("da/forord/index.html", "../../"), ("index.html", ""), ("da/404.html", "/maalmedmening/") })
        {
            var href = Read(site, path).QuerySelector("link[rel=icon][type='image/svg+xml']")?.GetAttribute("href");
            Assert.NotNull(href);
            Assert.StartsWith(prefix + "assets/favicon.", href);
            Assert.True(File.Exists(Path.Combine(site.Output, href[prefix.Length..])), href);
        }
    }

    [Fact]
    public async Task Should_Link_The_Source_And_Publisher_In_The_Footer()
    {
        using var site = new TestSite().Write("site.yml", Settings + "sourceUrl: https://example.dk/booklet\npublisherUrl: https://example.dk/\n");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        var links = Read(site, "en/foreword/index.html").QuerySelectorAll("footer .credit a").ToList();
        Assert.Equal(["https://example.dk/booklet", "https://example.dk/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["creditSourceLink en", "publisher en"], links.Select(a => a.TextContent));
    }

    [Fact]
    public async Task Should_Write_The_Credit_In_The_Shape_The_Language_Gives_It()
    {
        // Given a credit sentence that names the publisher first, with literal braces, and a sentence for pages without a publisher
        using var site = new TestSite().Write("site.yml", Settings + "sourceUrl: https://example.dk/booklet\npublisherUrl: https://example.dk/\n");
        var strings = File.ReadAllText(Path.Combine(site.Input, "en", "strings.yml"));
        site.Write("en/strings.yml", strings
            .Replace("creditSentence: \"creditSource en {0}, creditPublisher en {1}.\"", "creditSentence: \"{1} {{publishes}} {0} on the web.\"")
            .Replace("creditCardSentence: \"creditCard en {0}; creditNoPublisher en.\"", "creditCardSentence: \"A card beside {0}, by nobody.\""));
        site.Write("en/card.md", TestSite.Page("Card", "card", "card", "Text.", extra: "credit: card\n"));
        site.Write("da/kort.md", TestSite.Page("Kort", "card", "kort", "Tekst.", extra: "credit: card\n"));

        // When it is built
        var outcome = await site.BuildAsync();

        // Then each footer reads as its sentence says, the links where the placeholders are
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        Assert.Equal("<a href=\"https://example.dk/\">publisher en</a> {publishes} <a href=\"https://example.dk/booklet\">creditSourceLink en</a> on the web.",
            Read(site, "en/foreword/index.html").QuerySelector("footer .credit")!.InnerHtml);
        Assert.Equal("A card beside <a href=\"https://example.dk/booklet\">creditSourceLink en</a>, by nobody.",
            Read(site, "en/card/index.html").QuerySelector("footer .credit")!.InnerHtml);
    }
}
