using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>Gathers what a page template needs: links to its twins, navigation in reading order, related cases and balances.</summary>
public sealed class PageViewBuilder(
    SiteSettings settings,
    SiteIndex site,
    IReadOnlyDictionary<string, UiStrings> strings,
    IReadOnlyDictionary<string, LanguageData> data,
    RelativeUrls urls,
    string stylesheetPath,
    LastModified dates,
    string? iconPath = null)
{
    public PageView Build(Page page, IReadOnlyList<BodyPart> body)
    {
        var text = strings[page.Language];
        var alternates = site.Languages
            // A stand-in (serve's preview of a language in progress) is no translation: only itself links to it.
            .Select(language => site.FindByKey(language, page.Key) is { } twin && (twin.StandInFrom is null || ReferenceEquals(twin, page))
                ? new Alternate(language, RelativeUrls.Absolute(settings.SiteUrl, twin.OutputPath), urls.Between(page.OutputPath, twin.OutputPath), strings[language][StringKeys.LanguageName])
                : null)
            .OfType<Alternate>()
            .ToList();
        var order = site.InReadingOrder(page.Language);
        var position = site.PositionInReadingOrder(page);
        var (relatedHeading, related) = Related(page);

        return new PageView(
            Language: page.Language,
            Title: page.Meta.Title,
            Description: page.Meta.Description,
            Layout: page.Meta.Layout,
            RootPrefix: RelativeUrls.ToRoot(page.OutputPath),
            CanonicalUrl: RelativeUrls.Absolute(settings.SiteUrl, page.OutputPath),
            Alternates: alternates,
            OtherLanguages: site.Languages.Where(l => l != page.Language)
                .Select(l => alternates.FirstOrDefault(a => a.Language == l) ?? OtherHome(page, l))
                .ToList(),
            Home: LinkTo(page, site.Home(page.Language)!, text[StringKeys.Home]),
            Breadcrumbs: Breadcrumbs(page, text),
            Previous: position > 0 ? LinkTo(page, order[position - 1]) : null,
            Next: position >= 0 && position < order.Count - 1 ? LinkTo(page, order[position + 1]) : null,
            Contents: page.Kind == PageKind.Page ? [] : Contents(page, page),
            Body: body,
            RelatedHeading: relatedHeading,
            Related: related,
            Text: text,
            AccessibilityStatementUrl: settings.AccessibilityStatementUrl)
        {
            ContentSecurityPolicy = SecurityPolicy.MetaPolicy,
            StylesheetPath = stylesheetPath,
            // Only serve builds a page without its twin (a draft); the note says which languages it still lacks.
            XDefault = alternates.FirstOrDefault(a => a.Language == site.Languages[0]),
            // A stand-in (serve's preview of a language in progress) is a draft too: its own language lacks the page.
            MissingTranslations = site.Languages.Where(l => site.FindByKey(l, page.Key) is not { StandInFrom: null }).Select(l => strings[l][StringKeys.LanguageName]).ToList(),
            LastUpdated = dates.For(page) is { } date ? DateText.View(date, text) : null,
            SeeAlso = page.Meta.SeeAlso.Select(key => site.FindByKey(page.Language, key)).OfType<Page>().Select(target => LinkTo(page, target)).ToList(),
            Menu = SiteMenu.For(settings, site, page.Language, page, target => urls.Between(page.OutputPath, target.OutputPath)),
            IconPath = iconPath,
            OpenGraph = new OpenGraphView(
                page.Kind == PageKind.Home ? OpenGraphView.Website : OpenGraphView.Article,
                text[StringKeys.Locale],
                site.Languages.Where(l => l != page.Language).Select(l => strings[l][StringKeys.Locale]).ToList()),
            SourceUrl = settings.SourceUrl,
            PublisherUrl = settings.PublisherUrl,
            NamesNoPublisher = page.Meta.Credit == FrontMatter.CardCredit,
        };
    }

    // A page without its twin fails build; serve previews it as a draft, whose switch leads to that language's home page.
    private Alternate OtherHome(Page page, string language)
    {
        var home = site.Home(language)!;
        return new Alternate(language, RelativeUrls.Absolute(settings.SiteUrl, home.OutputPath), urls.Between(page.OutputPath, home.OutputPath), strings[language][StringKeys.LanguageName]);
    }

    private List<Link> Breadcrumbs(Page page, UiStrings text)
    {
        if (page.Kind == PageKind.Home)
        {
            return [];
        }

        var crumbs = new List<Link> { LinkTo(page, site.Home(page.Language)!, text[StringKeys.Home]) };
        if (site.SectionOf(page) is { } section)
        {
            crumbs.Add(LinkTo(page, section));
        }

        return crumbs;
    }

    private List<ContentsItem> Contents(Page from, Page parent) =>
        site.ChildrenOf(parent)
            .Select(child => new ContentsItem(LinkTo(from, child), child.Meta.Description,
                child.Kind == PageKind.Section ? Contents(from, child) : []))
            .ToList();

    /// <summary>A case lists the balances it shows; a balance chapter lists the same links the other way round, with the same notes.</summary>
    private (string? Heading, IReadOnlyList<RelatedItem> Items) Related(Page page)
    {
        var text = strings[page.Language];
        if (page.Meta.Balance is { } balanceId)
        {
            var cases = site.Pages
                .Where(p => p.Language == page.Language)
                .OrderBy(p => p.Meta.Weight)
                .SelectMany(p => p.Meta.Balances.Where(b => b.BalanceId == balanceId).Select(b => new RelatedItem(LinkTo(page, p), b.Note)))
                .ToList();
            return (text[StringKeys.CasesForBalance], cases);
        }

        if (page.Meta.Balances.Count > 0)
        {
            var balances = page.Meta.Balances
                .Select(link => (link, chapter: site.Pages.FirstOrDefault(p => p.Language == page.Language && p.Meta.Balance == link.BalanceId)))
                .Where(x => x.chapter is not null)
                .Select(x => new RelatedItem(
                    LinkTo(page, x.chapter!, data[page.Language].FindBalance(x.link.BalanceId)?.Name ?? x.chapter!.Meta.Title), x.link.Note))
                .ToList();
            return (text[StringKeys.BalancesInCase], balances);
        }

        return (null, []);
    }

    private Link LinkTo(Page from, Page to, string? text = null) =>
        new(urls.Between(from.OutputPath, to.OutputPath), text ?? to.Meta.Title);
}
