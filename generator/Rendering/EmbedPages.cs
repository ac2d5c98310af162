using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Pages for other sites' iframes — whatever a page's front matter offers (<c>embeds:</c>; see <see cref="EmbedKinds"/>) —
/// under <c>embed/&lt;lang&gt;/</c>, apart from the rest so that hosts can allow framing there only.
/// The full page each comes from offers its iframe code.
/// </summary>
public sealed class EmbedPages(SiteRenderContext context, ShortcodeContext shortcodes, ToolViewBuilder tool, RazorRenderer razor)
{
    public const string Folder = "embed";

    private SiteSettings Settings => context.Settings;
    private SiteIndex Site => context.Site;
    private IReadOnlyDictionary<string, UiStrings> Strings => context.Strings;
    private IReadOnlyDictionary<string, LanguageData> Data => context.Data;

    /// <summary>The UI string that titles an embed of <paramref name="kind"/> (one of <see cref="StringKeys.EmbedTitles"/>).</summary>
    public static string TitleKey(string kind) => kind switch
    {
        EmbedKinds.QuestionCards => StringKeys.EmbedAllQuestions,
        EmbedKinds.BalanceQuestions => StringKeys.EmbedBalanceQuestions,
        EmbedKinds.BalanceOverview => StringKeys.EmbedOverview,
        _ => StringKeys.EmbedTool,
    };

    private string Title(EmbedOffer offer, Page page) => offer.Kind == EmbedKinds.BalanceQuestions
        ? string.Format(CultureInfo.InvariantCulture, Strings[page.Language][TitleKey(offer.Kind)], Data[page.Language].FindBalance(page.Meta.Balance ?? "")?.Name)
        : Strings[page.Language][TitleKey(offer.Kind)];

    /// <summary>The snippet's frame height in px (<c>embedHeights:</c> in site.yml); null where site.yml has none, which <see cref="CreateAsync"/> reports.</summary>
    private int? Height(EmbedOffer offer) => Settings.EmbedHeights.TryGetValue(offer.Kind, out var height) ? height : null;

    /// <param name="page">The offering page, moved to the embed's address so that its links resolve from there.</param>
    private BodyPart Body(EmbedOffer offer, Page page) => offer.Kind switch
    {
        EmbedKinds.QuestionCards => QuestionCardsShortcode.For(page, shortcodes),
        EmbedKinds.BalanceQuestions => new QuestionsPart(page.Meta.Balance!,
            Data[page.Language].QuestionsIn(page.Meta.Balance!).Select(q => new ItemView(q.Id, q.Text)).ToList()),
        EmbedKinds.BalanceOverview => BalanceOverviewShortcode.For(page, shortcodes),
        _ => new ToolPart(tool.Build(page, Data[page.Language], Strings[page.Language]) with { InFrame = true }),
    };

    // The parser has reported unknown kinds and bad addresses; such offers make no page.
    private static IEnumerable<EmbedOffer> Offers(Page page) =>
        page.Meta.Embeds.Where(o => EmbedKinds.All.Contains(o.Kind) && (o.Kind != EmbedKinds.BalanceQuestions || page.Meta.Balance is not null));

    public static string OutputPath(string language, string path) => $"{Folder}/{language}/{path}/index.html";

    /// <summary>
    /// The iframe code a full page shows for the parts it offers: a height in px, as rem would be the host page's root
    /// size, and a border, so that readers see where the frame ends (mid grey: 3:1 and more on light and dark hosts).
    /// </summary>
    public IReadOnlyList<EmbedSnippet> SnippetsFor(Page page) =>
        Offers(page)
            .Where(e => Height(e) is not null)
            .Select(e => new EmbedSnippet(Title(e, page),
                $"<iframe src=\"{RelativeUrls.Absolute(Settings.SiteUrl, OutputPath(page.Language, e.Address))}\" title=\"{Title(e, page).Replace("\"", "&quot;", StringComparison.Ordinal)}\" style=\"width:100%;height:{Height(e)!.Value.ToString(CultureInfo.InvariantCulture)}px;border:1px solid #767676\" loading=\"lazy\"></iframe>"))
            .ToList();

    public async Task<IReadOnlyList<RenderedFile>> CreateAsync(DiagnosticBag diagnostics)
    {
        var files = new List<RenderedFile>();
        var taken = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var source in Site.Pages)
        foreach (var offer in Offers(source))
        {
            var path = OutputPath(source.Language, offer.Address);
            if (Height(offer) is null)
            {
                diagnostics.Report(DiagnosticCodes.MissingField, offer.Span,
                    $"the embed kind '{offer.Kind}' has no frame height; add '{offer.Kind}: 600' (px) under '{SettingsReader.EmbedHeightsKey}:' in input/{SettingsReader.FileName}");
            }

            if (!taken.TryAdd(path, source))
            {
                diagnostics.Report(DiagnosticCodes.ConflictingValue, offer.Span,
                    $"the embed address '{offer.Address}' is already offered by {taken[path].Source.DisplayPath}; give each embed its own address");
                continue;
            }

            // The same kind offered by each twin: its address may differ per language.
            var alternates = Site.Languages
                .Select(l => Site.FindByKey(l, source.Key) is { } twin && Offers(twin).FirstOrDefault(o => o.Kind == offer.Kind) is { } twinOffer
                    ? new Alternate(l, RelativeUrls.Absolute(Settings.SiteUrl, OutputPath(l, twinOffer.Address)), "", Strings[l][StringKeys.LanguageName])
                    : null)
                .OfType<Alternate>()
                .ToList();
            var page = source with { OutputPath = path };
            var body = Body(offer, page);
            var view = new EmbedView(
                Head: context.EmbedHead(source.Language, Title(offer, source), RelativeUrls.ToRoot(path), RelativeUrls.Absolute(Settings.SiteUrl, path), alternates) with
                {
                    PartStylesheetPaths = PartStylesheets.For([body], context.Links.PartStylesheets, typeof(EmbedPage)),
                },
                Title: Title(offer, source),
                Body: [body],
                Credit: new Link(context.Urls.Between(path, source.OutputPath), Strings[source.Language][StringKeys.EmbedCredit]),
                Text: Strings[source.Language])
            {
                NarrowNote = Strings[source.Language][StringKeys.EmbedNarrow],
            };
            var html = await razor.RenderPageAsync<EmbedPage>(nameof(EmbedPage.View), view);
            PageRenderer.Report(page, PageCheck.Run(html), diagnostics);
            files.Add(new RenderedFile(path, html));
        }

        files.AddRange(await NotFoundPagesAsync());
        return files;
    }

    /// <summary>
    /// The 404 page of each language for missing addresses below <c>embed/&lt;lang&gt;/</c> (and the default language's at
    /// <c>embed/404.html</c>): without the site's chrome, as it shows inside a host's frame, and with every link opening in the
    /// host's whole window, where the full site may be shown (inside the frame it would refuse to be framed).
    /// </summary>
    private async Task<IReadOnlyList<RenderedFile>> NotFoundPagesAsync()
    {
        var files = new List<RenderedFile>();
        foreach (var (language, path) in Site.Languages.Select(l => (l, $"{Folder}/{l}/{NotFoundFile}"))
                     .Append((Settings.DefaultLanguage, $"{Folder}/{NotFoundFile}")))
        {
            var text = Strings[language];
            // Served at whatever address was missing, so its links are absolute paths.
            var root = Settings.SiteUrl.AbsolutePath;
            var view = new EmbedView(
                Head: context.EmbedHead(language, text[StringKeys.NotFoundTitle], root, canonicalUrl: null, alternates: []) with
                {
                    PartStylesheetPaths = PartStylesheets.For([], context.Links.PartStylesheets, typeof(EmbedPage)),
                },
                Title: text[StringKeys.NotFoundTitle],
                Body: [new HtmlPart($"<p>{System.Net.WebUtility.HtmlEncode(text[StringKeys.NotFoundText])}</p>")],
                Credit: new Link($"{root}{language}/", text[StringKeys.Home]),
                Text: text);
            files.Add(new RenderedFile(path, await razor.RenderPageAsync<EmbedPage>(nameof(EmbedPage.View), view)));
        }

        return files;
    }

    public const string NotFoundFile = "404.html";
}
