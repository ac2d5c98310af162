using MaalMedMening.Generator.Content;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Rendering;

/// <summary>The pages that belong to the site rather than to a content page: the language chooser and the 404 pages.</summary>
public sealed class SitePages(SiteSettings settings, SiteIndex site, IReadOnlyDictionary<string, UiStrings> strings, RazorRenderer razor, RelativeUrls urls, string stylesheetPath, string? iconPath = null)
{
    public async Task<IReadOnlyList<RenderedFile>> CreateAsync()
    {
        var files = new List<RenderedFile> { await ChooserAsync() };
        foreach (var language in site.Languages)
        {
            files.Add(await NotFoundAsync(language, $"{language}/404.html"));
        }

        // Hosts such as GitHub Pages serve only the root 404 page; it is the default language's.
        files.Add(await NotFoundAsync(settings.DefaultLanguage, "404.html"));
        return files;
    }

    private async Task<RenderedFile> ChooserAsync()
    {
        var view = new ChooserView(
            site.Languages.Select(l => new ChooserLanguage(l, urls.Between("index.html", site.Home(l)!.OutputPath), strings[l])).ToList(),
            settings.SiteUrl.ToString(),
            settings.AccessibilityStatementUrl)
        {
            ContentSecurityPolicy = SecurityPolicy.MetaPolicy,
            StylesheetPath = stylesheetPath,
            IconPath = iconPath,
            Alternates = site.Languages
                .Select(l => new Alternate(l, RelativeUrls.Absolute(settings.SiteUrl, site.Home(l)!.OutputPath), urls.Between("index.html", site.Home(l)!.OutputPath), strings[l][StringKeys.LanguageName]))
                .ToList(),
        };
        return new RenderedFile("index.html", await razor.RenderAsync<ChooserPage>(nameof(ChooserPage.View), view) + "\n");
    }

    // A 404 page is served at whatever address was missing, so every link in it is absolute.
    private async Task<RenderedFile> NotFoundAsync(string language, string path)
    {
        var text = strings[language];
        var root = settings.SiteUrl.AbsolutePath;
        var view = new PageView(
            Language: language,
            Title: text[StringKeys.NotFoundTitle],
            Description: text[StringKeys.NotFoundText],
            Layout: "page",
            RootPrefix: root,
            // A 404 page stands for no address of its own: no canonical link.
            CanonicalUrl: null,
            Alternates: [],
            OtherLanguages: site.Languages.Where(l => l != language)
                .Select(other => new Alternate(other, new Uri(settings.SiteUrl, $"{other}/").ToString(), $"{root}{other}/", strings[other][StringKeys.LanguageName]))
                .ToList(),
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
            ContentSecurityPolicy = SecurityPolicy.MetaPolicy,
            StylesheetPath = stylesheetPath,
            IconPath = iconPath,
            Menu = SiteMenu.For(settings, site, language, null, target => root + DirectoryOf(target.OutputPath)),
            SourceUrl = settings.SourceUrl,
            PublisherUrl = settings.PublisherUrl,
        };
        return new RenderedFile(path, await razor.RenderAsync<NotFoundPage>(nameof(NotFoundPage.Page), view) + "\n");
    }

    // "en/foreword/index.html" is served as "en/foreword/".
    private static string DirectoryOf(string outputPath) =>
        outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath;
}
