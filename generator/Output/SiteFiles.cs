using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Output;

/// <summary>The files that belong to the site rather than to a page and need no rendering: sitemap, robots.txt and the theme's assets.</summary>
public sealed class SiteFiles(SiteSettings settings, SiteIndex site, string themeFolder, string generatedCss)
{
    public const string AssetsFolder = "assets";

    public const string Stylesheet = "site.css";

    public IReadOnlyList<OutputFile> Create() =>
    [
        SitemapWriter.Write(site, settings.SiteUrl),
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {new Uri(settings.SiteUrl, "sitemap.xml")}\n"),
        .. Assets(),
    ];

    // The generated CSS (the balance tool's rules) is appended to the theme's stylesheet: one stylesheet, one request.
    private IEnumerable<OutputFile> Assets()
    {
        var folder = Path.Combine(themeFolder, AssetsFolder);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/') is var relative && relative == Stylesheet
                ? OutputFile.Text($"{AssetsFolder}/{relative}", File.ReadAllText(path) + generatedCss)
                : new OutputFile($"{AssetsFolder}/{relative}", File.ReadAllBytes(path)));
    }
}
