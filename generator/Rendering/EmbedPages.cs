using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Pages for other sites' iframes — whatever a page's front matter offers (<c>embeds:</c>; see <see cref="EmbedKinds"/>) —
/// under <c>embed/&lt;lang&gt;/</c>, apart from the rest so that hosts can allow framing there only.
/// The full page each comes from offers its iframe code.
/// </summary>
public sealed class EmbedPages(
    SiteSettings settings,
    SiteIndex site,
    IReadOnlyDictionary<string, LanguageData> data,
    IReadOnlyDictionary<string, UiStrings> strings,
    ShortcodeContext shortcodes,
    ToolViewBuilder tool,
    RazorRenderer razor,
    RelativeUrls urls,
    string stylesheetPath)
{
    public const string Folder = "embed";

    private string Title(EmbedOffer offer, Page page) => offer.Kind switch
    {
        EmbedKinds.QuestionCards => strings[page.Language][StringKeys.EmbedAllQuestions],
        EmbedKinds.BalanceQuestions => string.Format(CultureInfo.InvariantCulture, strings[page.Language][StringKeys.EmbedBalanceQuestions],
            data[page.Language].FindBalance(page.Meta.Balance ?? "")?.Name),
        EmbedKinds.BalanceOverview => strings[page.Language][StringKeys.EmbedOverview],
        _ => strings[page.Language][StringKeys.EmbedTool],
    };

    /// <summary>The snippet's frame height (CSS): one balance's questions fit without blank space; the tool shows its form and the answer.</summary>
    private static string Height(EmbedOffer offer) => offer.Kind switch
    {
        EmbedKinds.BalanceQuestions => "30rem",
        EmbedKinds.BalanceTool => "46rem",
        _ => "40rem",
    };

    /// <param name="page">The offering page, moved to the embed's address so that its links resolve from there.</param>
    private BodyPart Body(EmbedOffer offer, Page page) => offer.Kind switch
    {
        EmbedKinds.QuestionCards => QuestionCardsShortcode.For(page, shortcodes),
        EmbedKinds.BalanceQuestions => new QuestionsPart(page.Meta.Balance!,
            data[page.Language].QuestionsIn(page.Meta.Balance!).Select(q => new ItemView(q.Id, q.Text)).ToList()),
        EmbedKinds.BalanceOverview => BalanceOverviewShortcode.For(page, shortcodes),
        _ => new ToolPart(ToolHeadingIds.Assign(tool.Build(page, data[page.Language], strings[page.Language]), new HeadingIdAllocator())),
    };

    // The parser has reported unknown kinds and bad addresses; such offers make no page.
    private static IEnumerable<EmbedOffer> Offers(Page page) =>
        page.Meta.Embeds.Where(o => EmbedKinds.All.Contains(o.Kind) && (o.Kind != EmbedKinds.BalanceQuestions || page.Meta.Balance is not null));

    public static string OutputPath(string language, string path) => $"{Folder}/{language}/{path}/index.html";

    /// <summary>The iframe code a full page shows for the parts it offers.</summary>
    public IReadOnlyList<EmbedSnippet> SnippetsFor(Page page) =>
        Offers(page)
            .Select(e => new EmbedSnippet(Title(e, page),
                $"<iframe src=\"{RelativeUrls.Absolute(settings.SiteUrl, OutputPath(page.Language, e.Address))}\" title=\"{Title(e, page).Replace("\"", "&quot;", StringComparison.Ordinal)}\" style=\"width:100%;height:{Height(e)};border:0\" loading=\"lazy\"></iframe>"))
            .ToList();

    public async Task<IReadOnlyList<RenderedFile>> CreateAsync(DiagnosticBag diagnostics)
    {
        var files = new List<RenderedFile>();
        var taken = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var source in site.Pages)
        foreach (var offer in Offers(source))
        {
            var path = OutputPath(source.Language, offer.Address);
            if (!taken.TryAdd(path, source))
            {
                diagnostics.Report(DiagnosticCodes.InvalidField, offer.Span,
                    $"the embed address '{offer.Address}' is already offered by {taken[path].Source.DisplayPath}; give each embed its own address");
                continue;
            }

            // The same kind offered by each twin: its address may differ per language.
            var alternates = site.Languages
                .Select(l => site.FindByKey(l, source.Key) is { } twin && Offers(twin).FirstOrDefault(o => o.Kind == offer.Kind) is { } twinOffer
                    ? new Alternate(l, RelativeUrls.Absolute(settings.SiteUrl, OutputPath(l, twinOffer.Address)), "", strings[l][StringKeys.LanguageName])
                    : null)
                .OfType<Alternate>()
                .ToList();
            var page = source with { OutputPath = path };
            var view = new EmbedView(
                Language: source.Language,
                Title: Title(offer, source),
                RootPrefix: RelativeUrls.ToRoot(path),
                CanonicalUrl: RelativeUrls.Absolute(settings.SiteUrl, path),
                Alternates: alternates,
                Body: [Body(offer, page)],
                Credit: new Link(urls.Between(path, source.OutputPath), strings[source.Language][StringKeys.EmbedCredit]),
                Text: strings[source.Language])
            {
                ContentSecurityPolicy = SecurityPolicy.EmbedMetaPolicy,
                StylesheetPath = stylesheetPath,
            };
            var html = await razor.RenderPageAsync<EmbedPage>(nameof(EmbedPage.View), view);
            PageRenderer.Report(page, PageCheck.Run(html), diagnostics);
            files.Add(new RenderedFile(path, html));
        }

        return files;
    }
}
