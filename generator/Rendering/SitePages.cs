using MaalMedMening.Generator.Content;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Rendering;

/// <summary>The pages that belong to the site rather than to a content page: the language chooser and the 404 pages.</summary>
public sealed class SitePages(SiteRenderContext context, PageViewBuilder views, RazorRenderer razor)
{
    public async Task<IReadOnlyList<RenderedFile>> CreateAsync()
    {
        var files = new List<RenderedFile> { await ChooserAsync() };
        foreach (var language in context.Site.Languages)
        {
            files.Add(await NotFoundAsync(language, $"{language}/404.html"));
        }

        // Hosts such as GitHub Pages serve only the root 404 page; it is the default language's.
        files.Add(await NotFoundAsync(context.Settings.DefaultLanguage, "404.html"));
        return files;
    }

    private async Task<RenderedFile> ChooserAsync()
    {
        var (site, settings, strings, urls) = (context.Site, context.Settings, context.Strings, context.Urls);
        var first = strings[settings.DefaultLanguage];
        var homes = site.Languages
            .Select(l => new Alternate(l, RelativeUrls.Absolute(settings.SiteUrl, site.Home(l)!.OutputPath), urls.Between("index.html", site.Home(l)!.OutputPath), strings[l][StringKeys.LanguageName]))
            .ToList();
        var view = new ChooserView(
            // The chooser speaks the default language first: its head is that language's, titled as the site.
            context.Head(settings.DefaultLanguage, first[StringKeys.SiteTitle], "", settings.SiteUrl.ToString(), homes) with
            {
                Description = first[StringKeys.SiteTagline],
                PartStylesheetPaths = PartStylesheets.For([], context.Links.PartStylesheets, typeof(ChooserPage)),
            },
            site.Languages.Select(l => new ChooserLanguage(l, urls.Between("index.html", site.Home(l)!.OutputPath), strings[l])).ToList(),
            settings.AccessibilityStatementUrl);
        return new RenderedFile("index.html", await razor.RenderAsync<ChooserPage>(nameof(ChooserPage.View), view) + "\n");
    }

    private async Task<RenderedFile> NotFoundAsync(string language, string path) =>
        new(path, await razor.RenderAsync<NotFoundPage>(nameof(NotFoundPage.Page), views.NotFound(language)) + "\n");
}
