using System.Text;
using System.Xml;
using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// Writes sitemap.xml: the language chooser and every readable page, each with its language alternates, an
/// x-default alternate (the default language's version: the first language in site.yml), and, where known, the date
/// it last changed (<c>lastmod</c>; the chooser takes the newest of the home pages'). Written with an XmlWriter
/// straight to UTF-8, so the declaration says what the bytes are.
/// </summary>
public static class SitemapWriter
{
    private const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static OutputFile Write(SiteIndex site, Uri siteUrl, LastModified dates)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Sitemap);
            writer.WriteAttributeString("xmlns", "xhtml", null, Xhtml);

            // The chooser offers the home pages, so its alternates are theirs.
            // Stand-ins (serve's preview of a language in progress) are no pages of the language, so the sitemap leaves them out.
            var homes = site.Languages.Select(site.Home).OfType<Page>().Where(p => p.StandInFrom is null).ToList();
            Url(writer, siteUrl.ToString(), homes, site.Languages[0], siteUrl, homes.Select(dates.For).Max());
            foreach (var page in site.Pages.Where(p => p.StandInFrom is null))
            {
                Url(writer,
                    RelativeUrls.Absolute(siteUrl, page.OutputPath),
                    site.Languages.Select(language => site.FindByKey(language, page.Key)).OfType<Page>().Where(p => p.StandInFrom is null).ToList(),
                    site.Languages[0],
                    siteUrl,
                    dates.For(page));
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        // The closing line break goes into the same stream: the file is the writer's bytes, not decoded and encoded again.
        stream.WriteByte((byte)'\n');
        return new OutputFile("sitemap.xml", stream.ToArray());
    }

    private static void Url(XmlWriter writer, string location, IReadOnlyList<Page> twins, string defaultLanguage, Uri siteUrl, DateOnly? lastModified)
    {
        writer.WriteStartElement("url", Sitemap);
        writer.WriteElementString("loc", Sitemap, location);
        if (lastModified is { } date)
        {
            writer.WriteElementString("lastmod", Sitemap, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var twin in twins)
        {
            Link(writer, twin.Language, RelativeUrls.Absolute(siteUrl, twin.OutputPath));
        }

        foreach (var first in twins.Where(t => t.Language == defaultLanguage))
        {
            Link(writer, Theme.Models.Alternate.XDefault, RelativeUrls.Absolute(siteUrl, first.OutputPath));
        }

        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string hreflang, string href)
    {
        writer.WriteStartElement("xhtml", "link", Xhtml);
        writer.WriteAttributeString("rel", "alternate");
        writer.WriteAttributeString("hreflang", hreflang);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
