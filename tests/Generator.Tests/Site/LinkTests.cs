using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Site;

/// <summary>
/// The link gate of issue #6 over the built real site, both languages: every internal address and #fragment
/// resolves, hreflang pairs point at each other, and sitemap.xml lists exactly the readable pages.
/// (That the generator reports a broken link or fragment at its source line is in BadInputTests.)
/// </summary>
public sealed class LinkTests
{
    private static SiteSettings Settings()
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsReader.Read(RepoPaths.Input, null, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList().Select(d => d.Format())));
        return settings!;
    }

    private static async Task<(LinkChecker Links, SiteSettings Settings, string Output)> SiteAsync()
    {
        var output = await RealSite.SharedOutputAsync();
        var settings = Settings();
        return (new LinkChecker(output, settings.SiteUrl), settings, output);
    }

    [Fact]
    public async Task Should_Resolve_Every_Internal_Address_And_Fragment_On_Every_Page()
    {
        // Given every HTML file of the built site
        var (links, _, _) = await SiteAsync();
        var files = links.HtmlFiles();
        Assert.True(files.Count > 40, $"only {files.Count} HTML files");

        // When every href, src and #fragment is followed as a static host would
        var broken = files.SelectMany(links.BrokenLinks).ToList();

        // Then each leads to a file, and each fragment to an id on it
        Assert.True(broken.Count == 0, $"{broken.Count} broken address(es):\n{string.Join('\n', broken)}");
    }

    [Fact]
    public async Task Should_Give_Only_Absolute_Addresses_On_404_Pages()
    {
        // Given the 404 pages, which a host serves at whatever address was missing (any depth)
        var (links, _, _) = await SiteAsync();
        var notFound = links.HtmlFiles().Where(p => Path.GetFileName(p) == "404.html").ToList();
        Assert.NotEmpty(notFound);

        // When their addresses are read
        var relative = notFound
            .SelectMany(p => LinkChecker.Addresses(links.Document(p)!).Select(a => (Page: p, a.Attribute, a.Value)))
            .Where(a => !a.Value.StartsWith('#') && !a.Value.StartsWith('/') && !Uri.TryCreate(a.Value, UriKind.Absolute, out _))
            .Select(a => $"{a.Page}: {a.Attribute}=\"{a.Value}\"")
            .ToList();

        // Then none is relative, because a relative one would break below the site's root
        Assert.True(relative.Count == 0, "relative addresses on 404 pages:\n" + string.Join('\n', relative));
    }

    [Fact]
    public async Task Should_Pair_Hreflang_Links_Both_Ways()
    {
        // Given every readable page, and every other page that names language alternates (embed pages do)
        var checks = LanguageChecks.For(RepoPaths.Input, await RealSite.SharedOutputAsync());
        Assert.True(checks.PagesWithTwins().Count > 40, $"only {checks.PagesWithTwins().Count} pages");

        // When their hreflang links are followed
        var findings = checks.HreflangFindings().Concat(checks.ChooserFindings()).ToList();

        // Then each names one alternate per language and x-default, and each twin names it back
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task Should_Offer_Each_Other_Language_By_Its_Own_Name()
    {
        // Given every readable page
        var checks = LanguageChecks.For(RepoPaths.Input, await RealSite.SharedOutputAsync());

        // When its language switcher is read
        var findings = checks.SwitcherFindings();

        // Then it offers each other language's twin, named in that language
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task Should_List_Exactly_The_Readable_Pages_In_The_Sitemap()
    {
        // Given the sitemap and the readable pages
        var checks = LanguageChecks.For(RepoPaths.Input, await RealSite.SharedOutputAsync());

        // When they are compared
        var findings = checks.SitemapFindings();

        // Then every readable page and the chooser is listed once with the page's own alternates, and nothing else
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public void Should_Find_Broken_Addresses_And_Fragments_In_A_Small_Site()
    {
        // Given a hand-written site with one good and several broken addresses
        // (this proves the checker above can fail, and how it reads folder addresses and fragments)
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("da", "a"));
        File.WriteAllText(folder.Combine("da", "a", "index.html"), "<p id=\"here\">A</p>");
        File.WriteAllText(folder.Combine("da", "index.html"),
            "<a href=\"a/#here\">ok</a><a href=\"a/\">ok</a><a href=\"https://example.dk/site/da/a/\">ok</a><a href=\"https://other.example/x\">other host</a>" +
            "<a href=\"b/\">no page</a><a href=\"a/#there\">no id</a><img src=\"../x.png\"><a href=\"/elsewhere/\">outside</a><a href=\"#top\">no id here</a>");
        var links = new LinkChecker(folder.Path, new Uri("https://example.dk/site/"));

        // When its links are followed
        var broken = links.BrokenLinks("da/index.html").ToList();

        // Then exactly the broken ones are reported
        Assert.Collection(broken,
            b => Assert.Contains("href=\"b/\"> leads to da/b/index.html", b),
            b => Assert.Contains("leads to #there", b),
            b => Assert.Contains("src=\"../x.png\"> leads to x.png", b),
            b => Assert.Contains("href=\"/elsewhere/\"> leads to ../elsewhere/index.html", b),
            b => Assert.Contains("leads to #top", b));
    }
}
