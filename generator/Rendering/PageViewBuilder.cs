using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// The one place a <see cref="PageView"/> is filled, for the content pages and the 404 pages: links to its twins,
/// navigation in reading order, related cases and balances, "On this page", its embeds' code and its PDF.
/// </summary>
/// <param name="pdfs">The PDF of each page that has one, by the page's output path (empty when the build links none).</param>
public sealed class PageViewBuilder(SiteRenderContext context, EmbedPages embeds, IReadOnlyDictionary<string, string> pdfs)
{
    private SiteSettings Settings => context.Settings;
    private SiteIndex Site => context.Site;
    private IReadOnlyDictionary<string, UiStrings> Strings => context.Strings;
    private RelativeUrls Urls => context.Urls;

    /// <param name="bodySections">The body's level-2 headings, for "On this page".</param>
    public PageView Build(Page page, IReadOnlyList<BodyPart> body, IReadOnlyList<Link> bodySections)
    {
        var text = Strings[page.Language];
        var alternates = Site.Languages
            // A stand-in (serve's preview of a language in progress) is no translation: only itself links to it.
            .Select(language => Site.FindByKey(language, page.Key) is { } twin && (twin.StandInFrom is null || ReferenceEquals(twin, page))
                ? new Alternate(language, RelativeUrls.Absolute(Settings.SiteUrl, twin.OutputPath), Urls.Between(page.OutputPath, twin.OutputPath), Strings[language][StringKeys.LanguageName])
                : null)
            .OfType<Alternate>()
            .ToList();
        var order = Site.InReadingOrder(page.Language);
        var position = Site.PositionInReadingOrder(page);
        var (relatedHeading, related) = Related(page);
        var head = context.Head(page.Language, page.Meta.Title, RelativeUrls.ToRoot(page.OutputPath), RelativeUrls.Absolute(Settings.SiteUrl, page.OutputPath), alternates) with
        {
            Description = page.Meta.Description,
            PartStylesheetPaths = PartStylesheets.For(body, context.Links.PartStylesheets),
            OpenGraph = new OpenGraphView(
                page.Kind == PageKind.Home ? OpenGraphView.Website : OpenGraphView.Article,
                page.Meta.Title,
                text[StringKeys.SiteTitle],
                text[StringKeys.Locale],
                Site.Languages.Where(l => l != page.Language).Select(l => Strings[l][StringKeys.Locale]).ToList()),
        };

        var view = new PageView(
            Head: head,
            Title: page.Meta.Title,
            Layout: page.Meta.Layout,
            OtherLanguages: Site.Languages.Where(l => l != page.Language)
                .Select(l => alternates.FirstOrDefault(a => a.Language == l) ?? OtherHome(page, l))
                .ToList(),
            Home: LinkTo(page, Site.Home(page.Language)!, text[StringKeys.Home]),
            Breadcrumbs: Breadcrumbs(page, text),
            Previous: position > 0 ? LinkTo(page, order[position - 1]) : null,
            Next: position >= 0 && position < order.Count - 1 ? LinkTo(page, order[position + 1]) : null,
            Contents: page.Kind == PageKind.Page ? [] : Contents(page, page),
            Body: body,
            RelatedHeading: relatedHeading,
            Related: related,
            Text: text,
            AccessibilityStatementUrl: Settings.AccessibilityStatementUrl)
        {
            // Only serve builds a page without its twin (a draft); the note says which languages it still lacks.
            // A stand-in (serve's preview of a language in progress) is a draft too: its own language lacks the page.
            MissingTranslations = Site.Languages.Where(l => Site.FindByKey(l, page.Key) is not { StandInFrom: null }).Select(l => Strings[l][StringKeys.LanguageName]).ToList(),
            LastUpdated = context.Dates.For(page) is { } date ? DateText.View(date, text) : null,
            SeeAlso = page.Meta.SeeAlso.Select(key => Site.FindByKey(page.Language, key)).OfType<Page>().Select(target => LinkTo(page, target)).ToList(),
            Menu = SiteMenu.For(Settings, Site, page.Language, page, target => Urls.Between(page.OutputPath, target.OutputPath)),
            SourceUrl = Settings.SourceUrl,
            PublisherUrl = Settings.PublisherUrl,
            NamesNoPublisher = page.Meta.Credit == FrontMatter.CardCredit,
            Embeds = embeds.SnippetsFor(page),
            PdfHref = pdfs.TryGetValue(page.OutputPath, out var pdf) ? Urls.Between(page.OutputPath, pdf) : null,
        };
        return PageSections.Add(view, page, bodySections);
    }

    /// <summary>
    /// A language's 404 page. It is served at whatever address was missing, so every link in it is absolute; it stands
    /// for no address of its own, so it has no canonical link and no alternates.
    /// </summary>
    public PageView NotFound(string language)
    {
        var text = Strings[language];
        var root = Settings.SiteUrl.AbsolutePath;
        return new PageView(
            Head: context.Head(language, text[StringKeys.NotFoundTitle], root, canonicalUrl: null, alternates: []) with { Description = text[StringKeys.NotFoundText] },
            Title: text[StringKeys.NotFoundTitle],
            Layout: FrontMatter.PageLayout,
            OtherLanguages: Site.Languages.Where(l => l != language)
                .Select(other => new Alternate(other, new Uri(Settings.SiteUrl, $"{other}/").ToString(), $"{root}{other}/", Strings[other][StringKeys.LanguageName]))
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
            AccessibilityStatementUrl: Settings.AccessibilityStatementUrl)
        {
            Menu = SiteMenu.For(Settings, Site, language, null, target => root + DirectoryOf(target.OutputPath)),
            SourceUrl = Settings.SourceUrl,
            PublisherUrl = Settings.PublisherUrl,
        };
    }

    // "en/foreword/index.html" is served as "en/foreword/".
    private static string DirectoryOf(string outputPath) =>
        outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath;

    // A page without its twin fails build; serve previews it as a draft, whose switch leads to that language's home page.
    private Alternate OtherHome(Page page, string language)
    {
        var home = Site.Home(language)!;
        return new Alternate(language, RelativeUrls.Absolute(Settings.SiteUrl, home.OutputPath), Urls.Between(page.OutputPath, home.OutputPath), Strings[language][StringKeys.LanguageName]);
    }

    private List<Link> Breadcrumbs(Page page, UiStrings text)
    {
        if (page.Kind == PageKind.Home)
        {
            return [];
        }

        var crumbs = new List<Link> { LinkTo(page, Site.Home(page.Language)!, text[StringKeys.Home]) };
        if (Site.SectionOf(page) is { } section)
        {
            crumbs.Add(LinkTo(page, section));
        }

        return crumbs;
    }

    private List<ContentsItem> Contents(Page from, Page parent) =>
        Site.ChildrenOf(parent)
            .Select(child => new ContentsItem(LinkTo(from, child), child.Meta.Description,
                child.Kind == PageKind.Section ? Contents(from, child) : []))
            .ToList();

    /// <summary>A case lists the balances it shows; a balance chapter lists the same links the other way round, with the same notes.</summary>
    private (string? Heading, IReadOnlyList<RelatedItem> Items) Related(Page page)
    {
        var text = Strings[page.Language];
        if (page.Meta.Balance is { } balanceId)
        {
            var cases = Site.Pages
                .Where(p => p.Language == page.Language)
                .OrderBy(p => p.Meta.Weight)
                .SelectMany(p => p.Meta.Balances.Where(b => b.BalanceId == balanceId).Select(b => new RelatedItem(LinkTo(page, p), b.Note)))
                .ToList();
            return (text[StringKeys.CasesForBalance], cases);
        }

        if (page.Meta.Balances.Count > 0)
        {
            var balances = page.Meta.Balances
                .Select(link => (link, chapter: Site.Pages.FirstOrDefault(p => p.Language == page.Language && p.Meta.Balance == link.BalanceId)))
                .Where(x => x.chapter is not null)
                .Select(x => new RelatedItem(
                    LinkTo(page, x.chapter!, context.Data[page.Language].FindBalance(x.link.BalanceId)?.Name ?? x.chapter!.Meta.Title), x.link.Note))
                .ToList();
            return (text[StringKeys.BalancesInCase], balances);
        }

        return (null, []);
    }

    private Link LinkTo(Page from, Page to, string? text = null) =>
        new(Urls.Between(from.OutputPath, to.OutputPath), text ?? to.Meta.Title);
}
