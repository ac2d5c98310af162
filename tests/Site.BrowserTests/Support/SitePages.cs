namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>The sets of pages the site-wide gates walk through, as site-relative paths for <see cref="SiteFixture.OpenAsync"/>.</summary>
public static class SitePages
{
    /// <summary>The embed pages of a language (below embed/&lt;lang&gt;/, made to be framed in other sites), if the site has any.</summary>
    public static IReadOnlyList<string> EmbedPages(this SiteFixture site, string language)
    {
        var folder = Path.Combine(site.OutputFolder, "embed", language);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site.OutputFolder, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
    }

    /// <summary>Every page a reader can land on in a language: its pages, its 404 page and its embed pages.</summary>
    public static IReadOnlyList<string> EveryPage(this SiteFixture site, string language) =>
        [.. site.Pages(language), $"{language}/404.html", .. site.EmbedPages(language)];
}
