using System.Diagnostics.CodeAnalysis;
using MaalMedMening.Theme.Components;

namespace MaalMedMening.Theme.Models;

/// <summary>
/// A piece of a page's body: rendered Markdown, or data that a shortcode asked for. Each part names the component
/// that shows it and that component's parameters, and <see cref="BodyParts"/> renders it by type: a new part needs
/// one record and one component, and no list to extend.
/// </summary>
public abstract record BodyPart
{
    /// <param name="component">The component that shows the part; its members are kept for trimming and Native AOT, which render it by type.</param>
    protected BodyPart([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component) => Component = component;

    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    public Type Component { get; }

    /// <summary>The component's parameters for this part shown at <paramref name="place"/>.</summary>
    public abstract IDictionary<string, object> Parameters(PartPlace place);

    /// <summary>The level-2 headings the part writes on its own page, for the page's "On this page" contents.</summary>
    public virtual IReadOnlyList<Link> Sections(UiStrings text) => [];
}

/// <summary>Where a part is shown: the page's strings and language, and, inside a whole-booklet chapter, its id prefix and heading offset.</summary>
/// <param name="After">What the page shows after its body, given to the last part only (a sheet carries it).</param>
public sealed record PartPlace(UiStrings Text, string Language, string IdPrefix, int HeadingOffset, Microsoft.AspNetCore.Components.RenderFragment? After);

public sealed record HtmlPart(string Html) : BodyPart(typeof(RawHtml))
{
    public override IDictionary<string, object> Parameters(PartPlace place) => new Dictionary<string, object> { [nameof(RawHtml.Html)] = Html };
}

public sealed record QuestionsPart(string Group, IReadOnlyList<ItemView> Questions) : BodyPart(typeof(QuestionList))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(QuestionList.Part)] = this, [nameof(QuestionList.IdPrefix)] = place.IdPrefix };
}

public sealed record AdvicePart(string Level, string Name, IReadOnlyList<ItemView> Advice) : BodyPart(typeof(AdviceList))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(AdviceList.Part)] = this, [nameof(AdviceList.IdPrefix)] = place.IdPrefix };
}

public sealed record OverviewPart(IReadOnlyList<BalanceView> Balances) : BodyPart(typeof(BalanceOverview))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(BalanceOverview.Part)] = this, [nameof(BalanceOverview.Text)] = place.Text, [nameof(BalanceOverview.IdPrefix)] = place.IdPrefix };
}

public sealed record ChartPart(ChartView Chart) : BodyPart(typeof(BarChart))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(BarChart.Chart)] = Chart, [nameof(BarChart.Text)] = place.Text, [nameof(BarChart.IdPrefix)] = place.IdPrefix };
}

/// <param name="TermLanguage">The headwords' language: the site's default language.</param>
public sealed record GlossaryPart(IReadOnlyList<GlossaryView> Entries, string TermLanguage) : BodyPart(typeof(GlossaryList))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(GlossaryList.Part)] = this, [nameof(GlossaryList.IdPrefix)] = place.IdPrefix };
}

/// <summary>A question or a piece of advice: a stable id (used as the HTML id) and its text.</summary>
public sealed record ItemView(string Id, string Text);

public sealed record PoleView(string Id, string Name, string Advantage, string Risk);

public sealed record BalanceView(string Id, string Dimension, string Name, PoleView Left, PoleView Right, string? Href);

public sealed record ChartView(string Id, string Title, string Source, string Unit, string? Note, IReadOnlyList<ChartBarView> Bars, string? SourceLabels = null);

public sealed record ChartBarView(string Label, double Value, string ValueText);

/// <summary>A headword in the default language, the same term in each other language, and an explanation in the page's.</summary>
public sealed record GlossaryView(string Id, string Term, IReadOnlyList<GlossaryTranslation> Translations, string Explanation);

public sealed record GlossaryTranslation(string Language, string Term);

/// <summary>The whole booklet on one page: chapters in reading order, each with its body rendered for this page.</summary>
public sealed record BookletPart(IReadOnlyList<string> Keys, IReadOnlyList<BookletChapter> Chapters) : BodyPart(typeof(Booklet))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(Booklet.Part)] = this, [nameof(Booklet.Text)] = place.Text, [nameof(Booklet.Language)] = place.Language };
}

public sealed record BookletChapter(string Id, string Title, IReadOnlyList<BodyPart> Body);

/// <summary>The dialogue questions as cut-out cards, each with its balance's name.</summary>
public sealed record QuestionCardsPart(IReadOnlyList<QuestionCard> Cards) : BodyPart(typeof(QuestionCards))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(QuestionCards.Part)] = this, [nameof(QuestionCards.IdPrefix)] = place.IdPrefix };
}

public sealed record QuestionCard(string Id, string Group, int Number, string Text);

/// <summary>The web edition's corrections to the printed text, for the about page.</summary>
/// <param name="TextLanguage">The language of the printed and the corrected text (the site's default one), marked on its cells on every page.</param>
public sealed record CorrectionsPart(IReadOnlyList<CorrectionView> Corrections, string TextLanguage) : BodyPart(typeof(CorrectionsList))
{
    public const string HeadingId = "corrections";

    public override IReadOnlyList<Link> Sections(UiStrings text) => [new("#" + HeadingId, text[StringKeys.CorrectionsHeading])];

    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(CorrectionsList.Part)] = this, [nameof(CorrectionsList.Text)] = place.Text };
}

/// <summary>One correction: the page that carries it (its title and address from the current page) and the Danish text before and after.</summary>
public sealed record CorrectionView(string Id, string Where, string? Href, string Original, string Corrected, string Reason);

/// <summary>One printed sheet of a page with layout: sheet: a level-2 heading and what follows it up to the next.</summary>
public sealed record SheetPart(IReadOnlyList<BodyPart> Parts) : BodyPart(typeof(Sheet))
{
    public override IDictionary<string, object> Parameters(PartPlace place)
    {
        var parameters = new Dictionary<string, object> { [nameof(Sheet.Part)] = this, [nameof(Sheet.Text)] = place.Text, [nameof(Sheet.Language)] = place.Language, [nameof(Sheet.IdPrefix)] = place.IdPrefix, [nameof(Sheet.HeadingOffset)] = place.HeadingOffset };
        if (place.After is { } after)
        {
            parameters[nameof(Sheet.After)] = after;
        }

        return parameters;
    }
}
