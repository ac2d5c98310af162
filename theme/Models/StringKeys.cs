namespace MaalMedMening.Theme.Models;

/// <summary>The UI strings the theme uses; every language's strings table must define each of them.</summary>
public static class StringKeys
{
    public const string SiteTitle = "siteTitle";
    public const string SiteTagline = "siteTagline";
    public const string LanguageName = "languageName";
    public const string ChooseLanguage = "chooseLanguage";
    public const string SkipLink = "skipLink";
    public const string Home = "home";
    public const string Contents = "contents";
    public const string BreadcrumbLabel = "breadcrumbLabel";
    public const string OtherLanguageLabel = "otherLanguageLabel";
    public const string PagerLabel = "pagerLabel";
    public const string Previous = "previous";
    public const string Next = "next";
    public const string Footnotes = "footnotes";
    public const string FootnoteBack = "footnoteBack";
    public const string CasesForBalance = "casesForBalance";
    public const string BalancesInCase = "balancesInCase";
    public const string Advantage = "advantage";
    public const string Risk = "risk";
    public const string Balance = "balance";
    public const string ChartTableCaption = "chartTableCaption";
    public const string ChartValue = "chartValue";
    public const string ChartBar = "chartBar";
    public const string Publisher = "publisher";
    public const string AccessibilityStatement = "accessibilityStatement";
    public const string NotFoundTitle = "notFoundTitle";
    public const string NotFoundText = "notFoundText";
    public const string ExternalLink = "externalLink";

    public static readonly IReadOnlyList<string> All =
    [
        SiteTitle, SiteTagline, LanguageName, ChooseLanguage, SkipLink, Home, Contents, BreadcrumbLabel,
        OtherLanguageLabel, PagerLabel, Previous, Next, Footnotes, FootnoteBack, CasesForBalance, BalancesInCase,
        Advantage, Risk, Balance, ChartTableCaption, ChartValue, ChartBar, Publisher, AccessibilityStatement,
        NotFoundTitle, NotFoundText, ExternalLink,
    ];
}
