using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Rendering;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Output;

/// <summary>The files that belong to the site rather than to a page: the language chooser, 404 pages, sitemap, robots.txt and the stylesheet.</summary>
public sealed class SiteFiles(SiteSettings settings, SiteIndex site, IReadOnlyDictionary<string, UiStrings> strings, RazorRenderer razor, string themeFolder, string generatedCss, RelativeUrls urls)
{
    public const string AssetsFolder = "assets";

    public async Task<IReadOnlyList<OutputFile>> CreateAsync()
    {
        var files = new List<OutputFile>
        {
            await ChooserAsync(),
            SitemapWriter.Write(site, settings.SiteUrl),
            OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {new Uri(settings.SiteUrl, "sitemap.xml")}\n"),
        };
        foreach (var language in site.Languages)
        {
            files.Add(await NotFoundAsync(language, $"{language}/404.html"));
        }

        // Hosts such as GitHub Pages serve only the root 404 page; it is the default language's.
        files.Add(await NotFoundAsync(settings.DefaultLanguage, "404.html"));
        files.AddRange(Assets());
        files.Add(SecurityHeaders.Write(settings.SiteUrl, site.Languages, files.Select(f => f.Path)));
        return files;
    }

    private async Task<OutputFile> ChooserAsync()
    {
        var view = new ChooserView(
            site.Languages.Select(l => new ChooserLanguage(l, urls.Between("index.html", site.Home(l)!.OutputPath), strings[l])).ToList(),
            settings.SiteUrl.ToString())
        {
            ContentSecurityPolicy = SecurityHeaders.MetaPolicy,
        };
        return OutputFile.Text("index.html", await razor.RenderAsync<ChooserPage>(nameof(ChooserPage.View), view) + "\n");
    }

    // A 404 page is served at whatever address was missing, so every link in it is absolute.
    private async Task<OutputFile> NotFoundAsync(string language, string path)
    {
        var text = strings[language];
        var root = settings.SiteUrl.AbsolutePath;
        var other = site.Languages.First(l => l != language);
        var view = new PageView(
            Language: language,
            Title: text[StringKeys.NotFoundTitle],
            Description: text[StringKeys.NotFoundText],
            Layout: "page",
            RootPrefix: root,
            CanonicalUrl: new Uri(settings.SiteUrl, path).ToString(),
            Alternates: [],
            OtherLanguage: new Alternate(other, new Uri(settings.SiteUrl, $"{other}/").ToString(), $"{root}{other}/", strings[other][StringKeys.LanguageName]),
            Home: new Link($"{root}{language}/", text[StringKeys.Home]),
            Breadcrumbs: [],
            Previous: null,
            Next: null,
            Contents: [],
            Body: [],
            RelatedHeading: null,
            Related: [],
            Text: text,
            AccessibilityStatementUrl: settings.AccessibilityStatementUrl)
        {
            ContentSecurityPolicy = SecurityHeaders.MetaPolicy,
        };
        return OutputFile.Text(path, await razor.RenderAsync<NotFoundPage>(nameof(NotFoundPage.Page), view) + "\n");
    }

    public const string Stylesheet = "site.css";

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
