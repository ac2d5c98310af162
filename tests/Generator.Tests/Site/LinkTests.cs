using System.Xml.Linq;
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
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace XhtmlNs = "http://www.w3.org/1999/xhtml";

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

    /// <summary>
    /// The readable pages: every index.html below a language folder (da/, en/). Not readable are the root index.html
    /// (the language chooser, which belongs to no language), the 404 pages (served at missing addresses, never found
    /// by search) and the embed pages below embed/&lt;lang&gt;/ (made to be framed in another site, marked noindex).
    /// </summary>
    private static IReadOnlyList<string> ReadablePages(LinkChecker links, SiteSettings settings) =>
        links.HtmlFiles()
            .Where(p => settings.Languages.Any(l => p.StartsWith(l + "/", StringComparison.Ordinal)))
            .Where(p => p.EndsWith("/index.html", StringComparison.Ordinal))
            .Where(p => !p.Split('/').Contains("embed"))
            .ToList();

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
        // Given every readable page, and every other page that names language alternates (embed pages do), with its alternates
        var (links, settings, _) = await SiteAsync();
        var pages = ReadablePages(links, settings)
            .Union(links.HtmlFiles().Where(p => Alternates(links.Document(p)!).Count > 0))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count > 40, $"only {pages.Count} pages");

        var findings = new List<string>();
        foreach (var page in pages)
        {
            var document = links.Document(page)!;
            var self = links.AddressOf(page).ToString();
            var alternates = Alternates(document);
            var language = document.DocumentElement.GetAttribute("lang");

            // Then it names one alternate per language, itself among them under its own language
            foreach (var missing in settings.Languages.Where(l => alternates.Count(a => a.Language == l) != 1))
            {
                findings.Add($"{page}: {alternates.Count(a => a.Language == missing)} hreflang=\"{missing}\" links, not 1");
            }

            if (!alternates.Contains((language!, self)))
            {
                findings.Add($"{page}: no hreflang=\"{language}\" link to itself ({self})");
            }

            // And each alternate is a page in that language whose own alternates point back here
            foreach (var (hreflang, href) in alternates.Where(a => a.Href != self))
            {
                var target = links.Resolve(page, href);
                var twin = target is { } t ? links.Document(t.Path) : null;
                if (twin is null)
                {
                    findings.Add($"{page}: hreflang=\"{hreflang}\" leads to {href}, which is not a page of the site");
                    continue;
                }

                if (twin.DocumentElement.GetAttribute("lang") != hreflang)
                {
                    findings.Add($"{page}: hreflang=\"{hreflang}\" leads to {target!.Value.Path}, whose lang is {twin.DocumentElement.GetAttribute("lang")}");
                }

                if (!Alternates(twin).Contains((language!, self)))
                {
                    findings.Add($"{page}: hreflang=\"{hreflang}\" leads to {target!.Value.Path}, which has no hreflang=\"{language}\" link back to {self}");
                }
            }
        }

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task Should_List_Exactly_The_Readable_Pages_In_The_Sitemap()
    {
        // Given the sitemap and the readable pages
        var (links, settings, output) = await SiteAsync();
        var sitemap = XDocument.Load(Path.Combine(output, "sitemap.xml"));
        var urls = sitemap.Root!.Elements(SitemapNs + "url").ToList();
        var listed = urls.Select(u => u.Element(SitemapNs + "loc")!.Value.Trim()).ToList();
        var readable = ReadablePages(links, settings).Select(p => links.AddressOf(p).ToString()).ToList();

        // Then every readable page is listed once, and nothing else is
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(readable.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        // And each entry's language alternates are the page's own hreflang links
        var mismatched = new List<string>();
        foreach (var url in urls)
        {
            var loc = url.Element(SitemapNs + "loc")!.Value.Trim();
            var inSitemap = url.Elements(XhtmlNs + "link")
                .Where(l => (string?)l.Attribute("rel") == "alternate")
                .Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!))
                .Order()
                .ToList();
            if (links.Resolve("index.html", loc) is not var (page, _) || links.Document(page) is not { } document)
            {
                mismatched.Add($"{loc}: not a page of the site");
                continue;
            }

            var onPage = Alternates(document).Order().ToList();
            if (!inSitemap.SequenceEqual(onPage))
            {
                mismatched.Add($"{loc}: sitemap [{string.Join(", ", inSitemap)}] but page [{string.Join(", ", onPage)}]");
            }
        }

        Assert.True(mismatched.Count == 0, string.Join('\n', mismatched));
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

    private static List<(string Language, string Href)> Alternates(AngleSharp.Dom.IDocument document) =>
        document.QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => (l.GetAttribute("hreflang")!, l.GetAttribute("href")!))
            .ToList();
}
