namespace MaalMedMening.Theme.Models;

/// <summary>A piece of a page's body: rendered Markdown, or data that a shortcode asked for.</summary>
public abstract record BodyPart;

public sealed record HtmlPart(string Html) : BodyPart;

public sealed record QuestionsPart(string Group, IReadOnlyList<ItemView> Questions) : BodyPart;

public sealed record AdvicePart(string Level, IReadOnlyList<ItemView> Advice) : BodyPart;

public sealed record OverviewPart(IReadOnlyList<BalanceView> Balances) : BodyPart;

public sealed record ChartPart(ChartView Chart) : BodyPart;

public sealed record GlossaryPart(IReadOnlyList<GlossaryView> Entries, string TermLanguage, string EnglishLanguage) : BodyPart;

/// <summary>A question or a piece of advice: a stable id (used as the HTML id) and its text.</summary>
public sealed record ItemView(string Id, string Text);

public sealed record PoleView(string Id, string Name, string Advantage, string Risk);

public sealed record BalanceView(string Id, string Dimension, string Name, PoleView Left, PoleView Right, string? Href);

public sealed record ChartView(string Id, string Title, string Source, string Unit, string? Note, IReadOnlyList<ChartBarView> Bars, string? SourceLabels = null);

public sealed record ChartBarView(string Label, double Value, string ValueText);

public sealed record GlossaryView(string Id, string Term, string English, string Explanation);

/// <summary>The whole booklet on one page: chapters in reading order, each with its body rendered for this page.</summary>
public sealed record BookletPart(IReadOnlyList<string> Keys, IReadOnlyList<BookletChapter> Chapters) : BodyPart;

public sealed record BookletChapter(string Id, string Title, IReadOnlyList<BodyPart> Body);

/// <summary>The dialogue questions as cut-out cards, each with its balance's name.</summary>
public sealed record QuestionCardsPart(IReadOnlyList<QuestionCard> Cards) : BodyPart;

public sealed record QuestionCard(string Id, string Group, int Number, string Text);

/// <summary>The web edition's corrections to the printed text, for the about page.</summary>
public sealed record CorrectionsPart(IReadOnlyList<CorrectionView> Corrections) : BodyPart;

/// <summary>One correction: the page that carries it (its title and address from the current page) and the Danish text before and after.</summary>
public sealed record CorrectionView(string Id, string Where, string? Href, string Original, string Corrected);

/// <summary>One printed sheet of a page with layout: sheet: a level-2 heading and what follows it up to the next.</summary>
public sealed record SheetPart(IReadOnlyList<BodyPart> Parts) : BodyPart;
