using System.Xml.Linq;
using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// Writes sitemap.xml: the language chooser and every readable page, each with its language alternates and an
/// x-default alternate (the default language's version: the first language in site.yml).
/// </summary>
public static class SitemapWriter
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static OutputFile Write(SiteIndex site, Uri siteUrl)
    {
        // The chooser offers the home pages, so its alternates are theirs.
        var homes = site.Languages.Select(site.Home).OfType<Page>().ToList();
        var chooser = Url(siteUrl.ToString(), homes, site.Languages[0], siteUrl);
        var pages = site.Pages.Select(page => Url(
            RelativeUrls.Absolute(siteUrl, page.OutputPath),
            site.Languages.Select(language => site.FindByKey(language, page.Key)).OfType<Page>().ToList(),
            site.Languages[0],
            siteUrl));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), pages.Prepend(chooser)));
        using var writer = new StringWriter();
        document.Save(writer, SaveOptions.None);
        return OutputFile.Text("sitemap.xml", writer.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal) + "\n");
    }

    private static XElement Url(string location, IReadOnlyList<Page> twins, string defaultLanguage, Uri siteUrl) =>
        new(Sitemap + "url",
            new XElement(Sitemap + "loc", location),
            twins.Select(twin => Link(twin.Language, RelativeUrls.Absolute(siteUrl, twin.OutputPath))),
            twins.Where(t => t.Language == defaultLanguage).Select(first => Link(Theme.Models.Alternate.XDefault, RelativeUrls.Absolute(siteUrl, first.OutputPath))));

    private static XElement Link(string hreflang, string href) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", hreflang), new XAttribute("href", href));
}
