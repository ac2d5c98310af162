using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// One embeddable part a page offers (front matter <c>embeds:</c>, as <c>kind: address</c>): what it shows, and
/// the address below <c>embed/&lt;lang&gt;/</c> that other sites' iframes load — a published address, so the content's to choose.
/// </summary>
public sealed record EmbedOffer(string Kind, string Address, SourceSpan Span);

/// <summary>The kinds of embeddable part; each names the shortcode that shows the same thing on a full page.</summary>
public static class EmbedKinds
{
    /// <summary>Every question as a card (the question-cards shortcode).</summary>
    public const string QuestionCards = "question-cards";

    /// <summary>The questions of the page's own balance (its front matter <c>balance:</c>).</summary>
    public const string BalanceQuestions = "balance-questions";

    /// <summary>All balances with their poles (the balance-overview shortcode).</summary>
    public const string BalanceOverview = "balance-overview";

    /// <summary>The balance tool (the balance-tool shortcode).</summary>
    public const string BalanceTool = "balance-tool";

    public static readonly IReadOnlyList<string> All = [QuestionCards, BalanceQuestions, BalanceOverview, BalanceTool];
}
