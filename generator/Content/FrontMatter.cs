using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>A page's typed front matter. Names follow Hugo's where Hugo has one.</summary>
public sealed record FrontMatter(
    string Title,
    string Description,
    string TranslationKey,
    int Weight,
    string Slug,
    string? Balance,
    IReadOnlyList<CaseBalanceLink> Balances,
    string Layout,
    SourceSpan Span)
{
    /// <summary>Where <see cref="Balance"/> is written, for errors about it.</summary>
    public SourceSpan? BalanceSpan { get; init; }

    /// <summary>Where <see cref="Slug"/> is written, for errors about it.</summary>
    public SourceSpan? SlugSpan { get; init; }

    /// <summary>The parts other sites may embed from this page, in the order written.</summary>
    public IReadOnlyList<EmbedOffer> Embeds { get; init; } = [];

    /// <summary>Translation keys of pages the page points to after its text ("See also"), outside the booklet's own words.</summary>
    public IReadOnlyList<string> SeeAlso { get; init; } = [];

    /// <summary>Where <see cref="SeeAlso"/> is written, for errors about it.</summary>
    public SourceSpan? SeeAlsoSpan { get; init; }

    /// <summary>When the page's text last changed, as the author states it (<c>lastmod: 2025-03-01</c>); it wins over the date of the last commit.</summary>
    public DateOnly? LastMod { get; init; }

    /// <summary>Subject-index entries for this page, each for the whole page or one of its headings, in the order written.</summary>
    public IReadOnlyList<PageKeyword> Keywords { get; init; } = [];
    /// <summary>A short label for the header menu (<c>menuTitle:</c>); the title when there is none.</summary>
    public string? MenuTitle { get; init; }
    /// <summary>Whose work the page is, for the footer's credit (<c>credit:</c>): the booklet's (its publisher named), or a tool card's that names no publisher.</summary>
    public string Credit { get; init; } = BookletCredit;

    public const string BookletCredit = "booklet";
    public const string CardCredit = "card";

    public static readonly IReadOnlyList<string> Credits = [BookletCredit, CardCredit];

    /// <summary>The page is printed to a PDF by the <c>pdf</c> command (<c>pdf: true</c>), besides the layouts meant for paper.</summary>
    public bool Pdf { get; init; }

    /// <summary>The layouts written for A4, whose pages the <c>pdf</c> command always prints: the sheets, the cards, the whole booklet and the tool (its blank exercise).</summary>
    public static readonly IReadOnlySet<string> PaperLayouts = new HashSet<string>(StringComparer.Ordinal) { SheetLayout, CardsLayout, BookletLayout, ToolLayout };

    public const string PageLayout = "page";
    public const string SheetLayout = "sheet";
    public const string ToolLayout = "tool";
    public const string BookletLayout = "booklet";
    public const string CardsLayout = "cards";

    public static readonly IReadOnlyList<string> Layouts = [PageLayout, SheetLayout, ToolLayout, BookletLayout, CardsLayout];
}
