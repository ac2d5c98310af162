namespace MaalMedMening.Theme.Models;

/// <summary>The UI strings the theme uses; a language's strings table must define those its pages show (see <see cref="Layout"/> and the lists after it).</summary>
public static class StringKeys
{
    public const string SiteTitle = "siteTitle";
    public const string SiteTagline = "siteTagline";
    public const string LanguageName = "languageName";
    public const string ChooseLanguage = "chooseLanguage";
    public const string SkipLink = "skipLink";
    public const string Home = "home";
    public const string Contents = "contents";
    public const string BookletPageNumbers = "bookletPageNumbers";
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
    public const string OverallQuestions = "overallQuestions";
    public const string PdfLink = "pdfLink";
    public const string EmbedHeading = "embedHeading";
    public const string SeeAlso = "seeAlso";
    public const string EmbedIntro = "embedIntro";
    public const string EmbedCredit = "embedCredit";
    public const string EmbedAllQuestions = "embedAllQuestions";
    public const string EmbedBalanceQuestions = "embedBalanceQuestions";
    public const string EmbedOverview = "embedOverview";
    public const string EmbedTool = "embedTool";
    public const string EmbedNarrow = "embedNarrow";

    /// <summary>The note on a draft page that <c>serve</c> builds without its twin in another language.</summary>
    public const string TranslationMissing = "translationMissing";

    // The balance tool.
    public const string ToolNow = "toolNow";
    public const string ToolWant = "toolWant";
    public const string ToolNear = "toolNear";
    public const string ToolMiddle = "toolMiddle";
    public const string ToolAdviceHeading = "toolAdviceHeading";
    public const string ToolEmpty = "toolEmpty";
    public const string ToolNotChosen = "toolNotChosen";
    public const string ToolPoleTitle = "toolPoleTitle";
    public const string ToolMoveTitle = "toolMoveTitle";
    public const string ToolMoveGain = "toolMoveGain";
    public const string ToolMoveCost = "toolMoveCost";
    public const string ToolMoveLoss = "toolMoveLoss";
    public const string ToolMovingTo = "toolMovingTo";
    public const string ToolStaying = "toolStaying";
    public const string ToolChange = "toolChange";
    public const string ToolStatus = "toolStatus";
    public const string ToolPractice = "toolPractice";
    public const string ToolQuestionsTitle = "toolQuestionsTitle";
    public const string ToolRulesHeading = "toolRulesHeading";
    public const string ToolRulesIntro = "toolRulesIntro";
    public const string ToolRulesWhen = "toolRulesWhen";
    public const string ToolRulesAdvice = "toolRulesAdvice";
    public const string ToolReset = "toolReset";
    public const string ToolReadMore = "toolReadMore";
    public const string ToolNowAt = "toolNowAt";
    public const string ToolWantAt = "toolWantAt";
    public const string ToolMovingToward = "toolMovingToward";
    public const string ToolAnswered = "toolAnswered";
    public const string ToolAnd = "toolAnd";
    public const string ToolOr = "toolOr";
    public const string ToolChosenNow = "toolChosenNow";
    public const string ToolChosenWant = "toolChosenWant";
    public const string OverviewTable = "overviewTable";
    public const string ToolWhere = "toolWhere";
    public const string ToolSkipToAnswer = "toolSkipToAnswer";
    public const string ToolMarkNow = "toolMarkNow";
    public const string ToolMarkWant = "toolMarkWant";
    public const string ToolRulesTable = "toolRulesTable";
    public const string ToolRecordDate = "toolRecordDate";
    public const string ToolRecordParticipants = "toolRecordParticipants";
    public const string ToolRecordNotes = "toolRecordNotes";

    // The chart's unlabelled bars and the corrections table.
    public const string ChartNoLabel = "chartNoLabel";
    public const string CorrectionsHeading = "correctionsHeading";
    public const string CorrectionsIntro = "correctionsIntro";
    public const string CorrectionsWhere = "correctionsWhere";
    public const string CorrectionsPrinted = "correctionsPrinted";
    public const string CorrectionsWeb = "correctionsWeb";
    public const string CorrectionsReason = "correctionsReason";

    // Finding one's way: the menu, the contents of a page and what the footer credits.
    /// <summary>The language's locale for link previews, as Open Graph writes it (da_DK, en_GB).</summary>
    public const string Locale = "locale";
    public const string MenuLabel = "menuLabel";
    public const string MenuButton = "menuButton";
    public const string OnThisPage = "onThisPage";
    /// <summary>The footer's credit sentence: {0} is the linked source (creditSourceLink), {1} the linked publisher.</summary>
    public const string CreditSentence = "creditSentence";
    public const string CreditSourceLink = "creditSourceLink";
    /// <summary>The credit of a page that names no publisher (a tool card): {0} is the linked source.</summary>
    public const string CreditCardSentence = "creditCardSentence";

    /// <summary>The decimal mark in numbers such as chart values ("," in Danish, "." in English).</summary>
    public const string DecimalSeparator = "decimalSeparator";

    /// <summary>How a percentage is written, {0} being the number ("{0} %" in Danish, "{0}%" in English).</summary>
    public const string PercentFormat = "percentFormat";

    // Finding the way: last updated, the question index and the subject index.
    public const string LastUpdated = "lastUpdated";

    /// <summary>How a date is written: {0} the day, {1} the month's name, {2} the year ("{0}. {1} {2}" in Danish).</summary>
    public const string DateFormat = "dateFormat";

    /// <summary>The twelve month names, separated by spaces.</summary>
    public const string MonthNames = "monthNames";
    public const string QuestionIndexWhere = "questionIndexWhere";

    /// <summary>The letters of the language in alphabetical order, separated by spaces: the subject index sorts by them.</summary>
    public const string IndexAlphabet = "indexAlphabet";
    public const string IndexLetters = "indexLetters";
    public const string IndexGlossary = "indexGlossary";

    // Which keys each part of the theme shows, declared once per component: a language's table must define the keys of
    // the parts its pages show (the generator decides which those are), and may leave the others out.

    /// <summary>What every page, the language chooser and the 404 pages show: the layout (header, menu, breadcrumbs,
    /// language links, pager, on-this-page, footnotes, last-updated date, footer credit, draft note): always required.</summary>
    public static readonly IReadOnlyList<string> Layout =
    [
        SiteTitle, SiteTagline, LanguageName, ChooseLanguage, SkipLink, Home, Contents, BreadcrumbLabel, OtherLanguageLabel,
        PagerLabel, Previous, Next, Footnotes, FootnoteBack, Publisher, AccessibilityStatement, NotFoundTitle, NotFoundText,
        PdfLink, SeeAlso, TranslationMissing, Locale, MenuLabel, MenuButton, OnThisPage, CreditSentence, CreditSourceLink,
        LastUpdated, DateFormat, MonthNames,
    ];

    /// <summary>The balance tool (BalanceTool.razor and the view and rule sentences the generator writes for it).</summary>
    public static readonly IReadOnlyList<string> BalanceTool =
    [
        ToolNow, ToolWant, ToolNear, ToolMiddle, ToolAdviceHeading, ToolEmpty, ToolNotChosen, ToolPoleTitle, ToolMoveTitle,
        ToolMoveGain, ToolMoveCost, ToolMoveLoss, ToolMovingTo, ToolStaying, ToolChange, ToolStatus, ToolPractice,
        ToolQuestionsTitle, ToolRulesHeading, ToolRulesIntro, ToolRulesWhen, ToolRulesAdvice, ToolReset, ToolReadMore,
        ToolNowAt, ToolWantAt, ToolMovingToward, ToolAnswered, ToolAnd, ToolOr, ToolChosenNow, ToolChosenWant, ToolWhere,
        ToolSkipToAnswer, ToolMarkNow, ToolMarkWant, ToolRulesTable, ToolRecordDate, ToolRecordParticipants, ToolRecordNotes,
        Advantage, Risk, EmbedTool,
    ];

    /// <summary>The overview of the balances with their poles (BalanceOverview.razor).</summary>
    public static readonly IReadOnlyList<string> BalanceOverview = [Balance, Advantage, Risk, OverviewTable];

    /// <summary>A bar chart and its table (BarChart.razor and the numbers written for it).</summary>
    public static readonly IReadOnlyList<string> BarChart = [ChartTableCaption, ChartValue, ChartBar, ChartNoLabel, DecimalSeparator, PercentFormat];

    /// <summary>The table of corrections (CorrectionsList.razor).</summary>
    public static readonly IReadOnlyList<string> CorrectionsList =
        [CorrectionsHeading, CorrectionsIntro, CorrectionsWhere, CorrectionsPrinted, CorrectionsWeb, CorrectionsReason];

    /// <summary>The question cards, whose overall questions are headed by this title.</summary>
    public static readonly IReadOnlyList<string> QuestionCards = [OverallQuestions];

    /// <summary>The index of every question and where it is discussed (QuestionIndex.razor).</summary>
    public static readonly IReadOnlyList<string> QuestionIndex = [OverallQuestions, QuestionIndexWhere];

    /// <summary>The A–Z subject index (SubjectIndex.razor, sorted by the language's alphabet).</summary>
    public static readonly IReadOnlyList<string> SubjectIndex = [IndexAlphabet, IndexLetters, IndexGlossary];

    /// <summary>The whole booklet on one page (Booklet.razor).</summary>
    public static readonly IReadOnlyList<string> Booklet = [BookletPageNumbers];

    /// <summary>The related links of a page tied to balances (front matter <c>balance:</c> or <c>balances:</c>): its cases, or the case's balances.</summary>
    public static readonly IReadOnlyList<string> RelatedLinks = [CasesForBalance, BalancesInCase];

    /// <summary>The footer credit of a page that names no publisher (front matter <c>credit: card</c>).</summary>
    public static readonly IReadOnlyList<string> CardCredit = [CreditCardSentence];

    /// <summary>A page that offers embeds (front matter <c>embeds:</c>), and the embed pages: the snippet, the credit, the narrow-frame note.</summary>
    public static readonly IReadOnlyList<string> Embed = [EmbedHeading, EmbedIntro, EmbedCredit, EmbedNarrow];

    /// <summary>The titles of the four kinds of embed page; each kind needs only its own (the generator picks it by kind).</summary>
    public static readonly IReadOnlyList<string> EmbedTitles = [EmbedAllQuestions, EmbedBalanceQuestions, EmbedOverview, EmbedTool];

    /// <summary>Every key the theme knows: any other key in a strings table is an error.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        .. new[] { Layout, BalanceTool, BalanceOverview, BarChart, CorrectionsList, QuestionCards, QuestionIndex, SubjectIndex, Booklet,
            RelatedLinks, CardCredit, Embed, EmbedTitles }.SelectMany(k => k).Distinct(),
    ];
}
