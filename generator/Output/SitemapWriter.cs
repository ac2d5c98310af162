using System.Xml.Linq;
using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Output;

/// <summary>Writes sitemap.xml: every readable page, each with its language alternates.</summary>
public static class SitemapWriter
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static OutputFile Write(SiteIndex site, Uri siteUrl)
    {
        var urls = site.Pages.Select(page => new XElement(Sitemap + "url",
            new XElement(Sitemap + "loc", RelativeUrls.Absolute(siteUrl, page.OutputPath)),
            site.Languages
                .Select(language => site.FindByKey(language, page.Key))
                .OfType<Page>()
                .Select(twin => new XElement(Xhtml + "link",
                    new XAttribute("rel", "alternate"),
                    new XAttribute("hreflang", twin.Language),
                    new XAttribute("href", RelativeUrls.Absolute(siteUrl, twin.OutputPath))))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
        using var writer = new StringWriter();
        document.Save(writer, SaveOptions.None);
        return OutputFile.Text("sitemap.xml", writer.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal) + "\n");
    }
}
