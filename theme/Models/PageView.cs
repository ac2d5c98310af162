namespace MaalMedMening.Theme.Models;

/// <summary>Everything a page template needs, already resolved: texts, relative links, navigation.</summary>
/// <param name="Head">What the page's head says (title, description, addresses, stylesheets), shared with the embeds and the chooser.</param>
/// <param name="Title">The page's own title: its heading, its last breadcrumb.</param>
/// <param name="OtherLanguages">The switcher's offers: this page in each other language, in settings order.</param>
/// <param name="Layout">"page", "sheet" (prints as A4 sheets) or "tool".</param>
public sealed record PageView(
    PageHead Head,
    string Title,
    string Layout,
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
    public string Language => Head.Language;

    /// <summary>Pages the page points to after its text (front matter <c>seeAlso:</c>).</summary>
    public IReadOnlyList<Link> SeeAlso { get; init; } = [];

    /// <summary>Iframe code for the embeddable parts of this page.</summary>
    public IReadOnlyList<EmbedSnippet> Embeds { get; init; } = [];

    /// <summary>The names of the languages the page has no twin in yet: a draft, which only <c>serve</c> builds.</summary>
    public IReadOnlyList<string> MissingTranslations { get; init; } = [];
    /// <summary>When the page last changed (front matter <c>lastmod:</c> or its file's last commit); null when nobody can say.</summary>
    public DateView? LastUpdated { get; init; }
    // The ids of the headings ContentPage writes after the body, which "On this page" links to.
    public const string ContentsHeadingId = "contents-heading";
    public const string RelatedHeadingId = "related-heading";
    public const string SeeAlsoHeadingId = "see-also-heading";

    // What helps a reader find the way: menu, "On this page", footer credit (the favicon and link previews are in the head).

    /// <summary>The header menu, the same entries on every page of the language.</summary>
    public IReadOnlyList<MenuItem> Menu { get; init; } = [];

    /// <summary>Links to the page's level-2 headings for its "On this page" contents; empty below three.</summary>
    public IReadOnlyList<Link> Sections { get; init; } = [];

    /// <summary>The booklet at its source and the publisher's site, for the footer's credit.</summary>
    public string? SourceUrl { get; init; }

    public string? PublisherUrl { get; init; }

    /// <summary>The page reproduces a tool card that names no publisher: the credit names none either.</summary>
    public bool NamesNoPublisher { get; init; }

    /// <summary>The page as an A4 PDF, when the <c>pdf</c> command makes one.</summary>
    public string? PdfHref { get; init; }
}
