namespace MaalMedMening.Theme.Models;

/// <summary>Everything a page template needs, already resolved: texts, relative links, navigation.</summary>
/// <param name="RootPrefix">The relative path from this page to the site root (<c>../../</c>), for the stylesheet.</param>
/// <param name="Alternates">The page in every language, the default language first (hreflang links; the first is also x-default).</param>
/// <param name="OtherLanguages">The switcher's offers: this page in each other language, in settings order.</param>
/// <param name="Layout">"page", "sheet" (prints as A4 sheets) or "tool".</param>
/// <param name="CanonicalUrl">The page's own address; null for the 404 pages, which stand for no address.</param>
public sealed record PageView(
    string Language,
    string Title,
    string Description,
    string Layout,
    string RootPrefix,
    string? CanonicalUrl,
    IReadOnlyList<Alternate> Alternates,
    IReadOnlyList<Alternate> OtherLanguages,
    Link Home,
    IReadOnlyList<Link> Breadcrumbs,
    Link? Previous,
    Link? Next,
    IReadOnlyList<ContentsItem> Contents,
    IReadOnlyList<BodyPart> Body,
    string? RelatedHeading,
    IReadOnlyList<RelatedItem> Related,
    UiStrings Text,
    string AccessibilityStatementUrl)
{
    /// <summary>The page's Content-Security-Policy for its meta element (hosts such as GitHub Pages send no headers).</summary>
    public required string ContentSecurityPolicy { get; init; }

    /// <summary>The stylesheet's path below the site root; its name carries a hash of its content (<c>assets/site.0123456789.css</c>).</summary>
    public required string StylesheetPath { get; init; }

    /// <summary>The balance tool's stylesheet below the site root, only on a page that shows the tool; null elsewhere.</summary>
    public string? ToolStylesheetPath { get; init; }

    /// <summary>Pages the page points to after its text (front matter <c>seeAlso:</c>).</summary>
    public IReadOnlyList<Link> SeeAlso { get; init; } = [];

    /// <summary>Iframe code for the embeddable parts of this page.</summary>
    public IReadOnlyList<EmbedSnippet> Embeds { get; init; } = [];

    /// <summary>The x-default alternate: the page in the default language, when it has one (a draft of <c>serve</c> may not, and then, as in the sitemap, has none).</summary>
    public Alternate? XDefault { get; init; }

    /// <summary>The names of the languages the page has no twin in yet: a draft, which only <c>serve</c> builds.</summary>
    public IReadOnlyList<string> MissingTranslations { get; init; } = [];
    /// <summary>When the page last changed (front matter <c>lastmod:</c> or its file's last commit); null when nobody can say.</summary>
    public DateView? LastUpdated { get; init; }
    // The ids of the headings ContentPage writes after the body, which "On this page" links to.
    public const string ContentsHeadingId = "contents-heading";
    public const string RelatedHeadingId = "related-heading";
    public const string SeeAlsoHeadingId = "see-also-heading";

    // What helps a reader find the way: menu, "On this page", favicon, link previews, footer credit.

    /// <summary>The header menu, the same entries on every page of the language.</summary>
    public IReadOnlyList<MenuItem> Menu { get; init; } = [];

    /// <summary>Links to the page's level-2 headings for its "On this page" contents; empty below three.</summary>
    public IReadOnlyList<Link> Sections { get; init; } = [];

    /// <summary>The SVG icon's path below the site root (<c>assets/favicon.0123456789.svg</c>), if the theme has one.</summary>
    public string? IconPath { get; init; }

    /// <summary>Link-preview metadata; none on pages that are not shared (such as 404 pages).</summary>
    public OpenGraphView? OpenGraph { get; init; }

    /// <summary>The booklet at its source and the publisher's site, for the footer's credit.</summary>
    public string? SourceUrl { get; init; }

    public string? PublisherUrl { get; init; }

    /// <summary>The page reproduces a tool card that names no publisher: the credit names none either.</summary>
    public bool NamesNoPublisher { get; init; }

    /// <summary>The page as an A4 PDF, when the <c>pdf</c> command makes one.</summary>
    public string? PdfHref { get; init; }
}
