using System.Xml.Linq;
using AngleSharp.Dom;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>
/// The structural language checks any built site must pass, whatever its languages: hreflang links pair up both
/// ways with an x-default to the default language's twin, the switcher offers every other language by its own name,
/// and sitemap.xml lists exactly the readable pages (and the chooser) with the same alternates as the pages.
/// Each check returns its findings; an empty list is a pass.
/// </summary>
/// <param name="languages">The site's languages from its site.yml, the default first.</param>
/// <param name="languageNames">Each language's own name (its languageName string).</param>
public sealed class LanguageChecks(LinkChecker links, string output, IReadOnlyList<string> languages, IReadOnlyDictionary<string, string> languageNames)
{
    private const string XDefault = "x-default";
    private const string Chooser = "index.html";
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <summary>The checks for a site built from an input folder (its site.yml and each language's strings.yml) into output.</summary>
    public static LanguageChecks For(string inputFolder, string output)
    {
        var diagnostics = new MaalMedMening.Generator.Diagnostics.DiagnosticBag();
        var settings = MaalMedMening.Generator.Content.SettingsReader.Read(inputFolder, null, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList().Select(d => d.Format())));
        var names = settings!.Languages.ToDictionary(l => l, l => File.ReadLines(Path.Combine(inputFolder, l, "strings.yml"))
            .Single(line => line.StartsWith("languageName:", StringComparison.Ordinal))["languageName:".Length..].Trim());
        return new LanguageChecks(new LinkChecker(output, settings.SiteUrl), output, settings.Languages, names);
    }

    /// <summary>
    /// The readable pages: every index.html below a language folder. Not readable are the root index.html
    /// (the language chooser, which belongs to no language), the 404 pages (served at missing addresses, never found
    /// by search) and the embed pages below embed/&lt;lang&gt;/ (made to be framed in another site, marked noindex).
    /// </summary>
    public IReadOnlyList<string> ReadablePages() =>
        links.HtmlFiles()
            .Where(p => languages.Any(l => p.StartsWith(l + "/", StringComparison.Ordinal)))
            .Where(p => p.EndsWith("/index.html", StringComparison.Ordinal))
            .Where(p => !p.Split('/').Contains("embed"))
            .ToList();

    /// <summary>The readable pages and every other page in a language that names alternates (embed pages do).</summary>
    public IReadOnlyList<string> PagesWithTwins() =>
        ReadablePages()
            .Union(links.HtmlFiles().Where(p => p != Chooser && Alternates(links.Document(p)!).Count > 0))
            .Order(StringComparer.Ordinal)
            .ToList();

    public List<string> HreflangFindings()
    {
        var findings = new List<string>();
        foreach (var page in PagesWithTwins())
        {
            var document = links.Document(page)!;
            var self = links.AddressOf(page).ToString();
            var alternates = Alternates(document);
            var language = document.DocumentElement.GetAttribute("lang")!;

            // One alternate per language, itself among them under its own language, and nothing else but x-default
            foreach (var wrong in languages.Where(l => alternates.Count(a => a.Language == l) != 1))
            {
                findings.Add($"{page}: {alternates.Count(a => a.Language == wrong)} hreflang=\"{wrong}\" links, not 1");
            }

            foreach (var stray in alternates.Where(a => a.Language != XDefault && !languages.Contains(a.Language)))
            {
                findings.Add($"{page}: hreflang=\"{stray.Language}\" is not a language of the site");
            }

            if (!alternates.Contains((language, self)))
            {
                findings.Add($"{page}: no hreflang=\"{language}\" link to itself ({self})");
            }

            // x-default, once, to the default language's twin
            var defaults = alternates.Where(a => a.Language == XDefault).ToList();
            var defaultTwin = alternates.FirstOrDefault(a => a.Language == languages[0]).Href;
            if (defaults.Count != 1 || defaults[0].Href != defaultTwin)
            {
                findings.Add($"{page}: x-default [{string.Join(", ", defaults.Select(d => d.Href))}], not one link to the {languages[0]} twin {defaultTwin}");
            }

            // Each alternate is a page in that language whose own alternates point back here
            foreach (var (hreflang, href) in alternates.Where(a => a.Href != self && a.Language != XDefault))
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

                if (!Alternates(twin).Contains((language, self)))
                {
                    findings.Add($"{page}: hreflang=\"{hreflang}\" leads to {target!.Value.Path}, which has no hreflang=\"{language}\" link back to {self}");
                }
            }
        }

        return findings;
    }

    /// <summary>The chooser names every language's home page, and x-default for the default language's.</summary>
    public List<string> ChooserFindings()
    {
        var alternates = Alternates(links.Document(Chooser)!);
        var expected = languages.Select(l => (l, links.AddressOf($"{l}/index.html").ToString()))
            .Append((XDefault, links.AddressOf($"{languages[0]}/index.html").ToString()))
            .ToList();
        return alternates.SequenceEqual(expected)
            ? []
            : [$"{Chooser}: alternates [{string.Join(", ", alternates)}], expected [{string.Join(", ", expected)}]"];
    }

    /// <summary>Every readable page's switcher offers each other language, in settings order, by its own name, leading to its twin.</summary>
    public List<string> SwitcherFindings()
    {
        var findings = new List<string>();
        foreach (var page in ReadablePages())
        {
            var document = links.Document(page)!;
            var language = document.DocumentElement.GetAttribute("lang")!;
            var offers = document.QuerySelectorAll(".language-switch a")
                .Select(a => (Language: a.GetAttribute("hreflang"), Lang: a.GetAttribute("lang"), Text: a.TextContent.Trim(), Target: links.Resolve(page, a.GetAttribute("href") ?? "")?.Path))
                .ToList();
            var alternates = Alternates(document);
            var expected = languages.Where(l => l != language)
                .Select(l => (Language: (string?)l, Lang: (string?)l, Text: languageNames[l],
                    Target: links.Resolve(page, alternates.FirstOrDefault(a => a.Language == l).Href ?? "")?.Path))
                .ToList();
            if (!offers.SequenceEqual(expected))
            {
                findings.Add($"{page}: switcher [{string.Join(", ", offers)}], expected [{string.Join(", ", expected)}]");
            }
        }

        return findings;
    }

    public List<string> SitemapFindings()
    {
        var sitemap = XDocument.Load(Path.Combine(output, "sitemap.xml"));
        var urls = sitemap.Root!.Elements(SitemapNs + "url").ToList();
        var listed = urls.Select(u => u.Element(SitemapNs + "loc")!.Value.Trim()).ToList();
        var expected = ReadablePages().Prepend(Chooser).Select(p => links.AddressOf(p).ToString()).ToList();
        var findings = new List<string>();

        // Every readable page and the chooser is listed once, and nothing else is
        if (listed.Count != listed.Distinct(StringComparer.Ordinal).Count())
        {
            findings.Add("sitemap.xml lists a page twice");
        }

        foreach (var missing in expected.Except(listed, StringComparer.Ordinal))
        {
            findings.Add($"sitemap.xml does not list {missing}");
        }

        foreach (var extra in listed.Except(expected, StringComparer.Ordinal))
        {
            findings.Add($"sitemap.xml lists {extra}, which is not a readable page");
        }

        // And each entry's language alternates (and x-default) are the page's own hreflang links
        foreach (var url in urls)
        {
            var loc = url.Element(SitemapNs + "loc")!.Value.Trim();
            var inSitemap = url.Elements(XhtmlNs + "link")
                .Where(l => (string?)l.Attribute("rel") == "alternate")
                .Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!))
                .Order()
                .ToList();
            if (links.Resolve(Chooser, loc) is not var (page, _) || links.Document(page) is not { } document)
            {
                findings.Add($"{loc}: not a page of the site");
                continue;
            }

            var onPage = Alternates(document).Order().ToList();
            if (!inSitemap.SequenceEqual(onPage) || inSitemap.Count != languages.Count + 1)
            {
                findings.Add($"{loc}: sitemap [{string.Join(", ", inSitemap)}] but page [{string.Join(", ", onPage)}]");
            }
        }

        return findings;
    }

    public static List<(string Language, string Href)> Alternates(IDocument document) =>
        document.QuerySelectorAll("link[rel=alternate][hreflang]")
            .Select(l => (l.GetAttribute("hreflang")!, l.GetAttribute("href")!))
            .ToList();
}
