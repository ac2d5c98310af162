using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Output;

/// <summary>The files that belong to the site rather than to a page and need no rendering: sitemap, robots.txt and the theme's assets.</summary>
public sealed class SiteFiles(SiteSettings settings, SiteIndex site, ThemeAssets assets, LastModified dates)
{
    public const string AssetsFolder = ThemeAssets.Folder;

    /// <summary>Where the <c>pdf</c> command puts its PDFs, one folder per language; the headers name it among the site's folders.</summary>
    public const string PdfFolder = "pdf";

    public IReadOnlyList<OutputFile> Create() =>
    [
        SitemapWriter.Write(site, settings.SiteUrl, dates),
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {new Uri(settings.SiteUrl, "sitemap.xml")}\n"),
        .. assets.Files,
    ];
}
