using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Generator.Rendering;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// Pages for other sites' iframes — the dialogue questions (all, and per balance), the overview and the balance
/// tool — under <c>embed/&lt;lang&gt;/</c>, apart from the rest so that hosts can allow framing there only.
/// The full page each comes from offers its iframe code.
/// </summary>
public sealed class EmbedPages(
    SiteSettings settings,
    SiteIndex site,
    IReadOnlyDictionary<string, LanguageData> data,
    IReadOnlyDictionary<string, UiStrings> strings,
    ShortcodeResolver shortcodes,
    ToolViewBuilder tool,
    RazorRenderer razor,
    RelativeUrls urls)
{
    public const string Folder = "embed";

    /// <summary>One embeddable part: where it is written, which full page offers it, what it shows, and the snippet's
    /// frame height (CSS), chosen so the part fits without blank space, or, for the tool, shows the form and the answer.</summary>
    private sealed record Embed(string Path, Func<Page, bool> IsSource, Func<string, string> Title, Func<Page, BodyPart> Body, string Height = "40rem");

    private IEnumerable<Embed> Embeds()
    {
        yield return new Embed("questions", p => p.Key == "dialogue-tool", l => strings[l][StringKeys.EmbedAllQuestions],
            shortcodes.QuestionCardsFor);
        foreach (var balance in data[settings.DefaultLanguage].Balances.Select(b => b.Id))
        {
            yield return new Embed($"questions/{balance}", p => p.Meta.Balance == balance,
                l => string.Format(CultureInfo.InvariantCulture, strings[l][StringKeys.EmbedBalanceQuestions], data[l].FindBalance(balance)?.Name),
                page => new QuestionsPart(balance, data[page.Language].QuestionsIn(balance).Select(q => new ItemView(q.Id, q.Text)).ToList()),
                Height: "30rem");
        }

        yield return new Embed("overview", p => p.Key == "overview", l => strings[l][StringKeys.EmbedOverview],
            page => new OverviewPart(data[page.Language].Balances.Select(b => shortcodes.ToView(page, b)).ToList()));
        yield return new Embed("balance-tool", p => p.Meta.Layout == FrontMatter.ToolLayout, l => strings[l][StringKeys.EmbedTool],
            page => new ToolPart(ToolHeadingIds.Assign(tool.Build(page, data[page.Language], strings[page.Language]), new HeadingIdAllocator())),
            Height: "46rem");
    }

    public static string OutputPath(string language, string path) => $"{Folder}/{language}/{path}/index.html";

    /// <summary>The iframe code a full page shows for the parts it offers.</summary>
    public IReadOnlyList<EmbedSnippet> SnippetsFor(Page page) =>
        Embeds().Where(e => e.IsSource(page))
            .Select(e => new EmbedSnippet(e.Title(page.Language),
                $"<iframe src=\"{RelativeUrls.Absolute(settings.SiteUrl, OutputPath(page.Language, e.Path))}\" title=\"{e.Title(page.Language).Replace("\"", "&quot;", StringComparison.Ordinal)}\" style=\"width:100%;height:{e.Height};border:0\" loading=\"lazy\"></iframe>"))
            .ToList();

    public async Task<IReadOnlyList<OutputFile>> CreateAsync(DiagnosticBag diagnostics)
    {
        var files = new List<OutputFile>();
        foreach (var embed in Embeds())
        foreach (var language in site.Languages)
        {
            var source = site.Pages.FirstOrDefault(p => p.Language == language && embed.IsSource(p));
            if (source is null)
            {
                continue;
            }

            var path = OutputPath(language, embed.Path);
            var page = source with { OutputPath = path };
            var view = new EmbedView(
                Language: language,
                Title: embed.Title(language),
                RootPrefix: RelativeUrls.ToRoot(path),
                CanonicalUrl: RelativeUrls.Absolute(settings.SiteUrl, path),
                Alternates: site.Languages.Select(l => new Alternate(l, RelativeUrls.Absolute(settings.SiteUrl, OutputPath(l, embed.Path)), "", strings[l][StringKeys.LanguageName])).ToList(),
                Body: [embed.Body(page)],
                Credit: new Link(urls.Between(path, source.OutputPath), strings[language][StringKeys.EmbedCredit]),
                Text: strings[language])
            {
                ContentSecurityPolicy = SecurityHeaders.EmbedMetaPolicy,
            };
            var html = await razor.RenderPageAsync<EmbedPage>(nameof(EmbedPage.View), view);
            PageRenderer.Report(page, PageCheck.Run(html), diagnostics);
            files.Add(OutputFile.Text(path, html));
        }

        return files;
    }
}
