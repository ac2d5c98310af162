namespace MaalMedMening.Theme.Models;

/// <summary>
/// What the head of a page says, for every kind of page the site has (content pages, 404 pages, embeds, the language
/// chooser): one model, written by one component (<c>Components/DocumentHead.razor</c>).
/// </summary>
/// <param name="Language">The page's language, for the html element's <c>lang</c>.</param>
/// <param name="Title">The text of the title element (see <see cref="TitleOf"/>).</param>
/// <param name="RootPrefix">The path from this page to the site root (<c>../../</c>; an absolute path on pages served at any address), for the stylesheets and the icon.</param>
/// <param name="CanonicalUrl">The page's own address; null for the 404 pages, which stand for no address.</param>
/// <param name="Alternates">The page in every language, the default language first (hreflang links).</param>
public sealed record PageHead(string Language, string Title, string RootPrefix, string? CanonicalUrl, IReadOnlyList<Alternate> Alternates)
{
    /// <summary>The page's Content-Security-Policy for its meta element (hosts such as GitHub Pages send no headers).</summary>
    public required string ContentSecurityPolicy { get; init; }

    /// <summary>The stylesheet's path below the site root; its name carries a hash of its content (<c>assets/site.0123456789.css</c>).</summary>
    public required string StylesheetPath { get; init; }

    /// <summary>The stylesheets of the parts the page shows (the balance tool's, the cards'…) below the site root, linked after the site's; none on most pages.</summary>
    public IReadOnlyList<string> PartStylesheetPaths { get; init; } = [];

    /// <summary>The description for search engines and link previews; none on the embeds, which are not indexed.</summary>
    public string? Description { get; init; }

    /// <summary>The x-default alternate: the page in the default language, when it has one (a draft of <c>serve</c> may not, and then, as in the sitemap, has none).</summary>
    public Alternate? XDefault { get; init; }

    /// <summary>The SVG icon's path below the site root (<c>assets/favicon.0123456789.svg</c>), if the theme has one.</summary>
    public string? IconPath { get; init; }

    /// <summary>Link-preview metadata; none on pages that are not shared (such as 404 pages).</summary>
    public OpenGraphView? OpenGraph { get; init; }

    /// <summary>Keep the page out of search engines (the embeds, which stand in for a part of a full page).</summary>
    public bool NoIndex { get; init; }

    /// <summary>Every link opens in the whole window, not in the frame the page is shown in (the embeds).</summary>
    public bool LinksOpenInWholeWindow { get; init; }

    /// <summary>A page's title element: the page's title and the site's name, but the home page is titled as the site, its name once rather than "Guide – Guide".</summary>
    public static string TitleOf(string pageTitle, string siteTitle) => pageTitle == siteTitle ? pageTitle : $"{pageTitle} – {siteTitle}";
}
