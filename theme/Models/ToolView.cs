using MaalMedMening.Theme.Components;

namespace MaalMedMening.Theme.Models;

/// <summary>The balance tool: the form, the answer (a summary and the advice blocks the CSS reveals), and the table of how advice is chosen.</summary>
/// <param name="Title">The tool's own title: the form's accessible name.</param>
public sealed record ToolView(string Title, IReadOnlyList<ToolBalanceView> Balances, IReadOnlyList<ToolGroupView> Groups, IReadOnlyList<ToolRuleRow> Rules)
{
    /// <summary>
    /// Shown in another site's frame (the embed), whose <c>&lt;base target="_top"&gt;</c> would take in-page links out
    /// of the frame: they then carry <c>target="_self"</c>. A full page needs no target, and spares the bytes.
    /// </summary>
    public bool InFrame { get; init; }

    /// <summary>The target of an in-page link: the frame itself where the tool is in one, else none (the attribute is left out).</summary>
    public string? InPageTarget => InFrame ? "_self" : null;
}

/// <summary>One balance's fieldset: where we are now, and where we would like to be; <paramref name="Moves"/> are the result's
/// sentences about where the team wants to go (towards the left pole, the right pole, or staying), one shown by the CSS.</summary>
public sealed record ToolBalanceView(string Id, string Dimension, string Name, string LeftPole, string RightPole, IReadOnlyList<ToolQuestionView> Questions, IReadOnlyList<ToolMoveView> Moves);

/// <summary>One sentence of the result ("You would like to move towards value creation."), with the id the CSS reveals.</summary>
public sealed record ToolMoveView(string Id, string Text);

/// <summary>One row of five radio buttons.</summary>
public sealed record ToolQuestionView(string Name, string Legend, IReadOnlyList<ToolOptionView> Options, string RestatedLabel, string NotChosenId);

/// <summary>One radio button, with the class of what echoes it when checked: its restated label and its marks on the two scales.</summary>
public sealed record ToolOptionView(string Id, int Value, string Label, string EchoClass);

/// <summary>A group of advice blocks under one heading: a balance, the combinations, or the six pieces of advice.</summary>
public sealed record ToolGroupView(string Id, string Heading, ToolBalanceView? Balance, IReadOnlyList<ToolBlockView> Blocks);

/// <summary>
/// An advice block: a short title visible at once; its points (what it brings, what it costs: each a full sentence from
/// the data), text, questions and links one click away on screen and always on paper. When it applies is said only in
/// the rules table, never in the answer. Its title is a summary, not a heading, so it takes no id: the block's own id is
/// where a link leads.
/// </summary>
public sealed record ToolBlockView(string Id, string Title, IReadOnlyList<ToolPointView> Points, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Questions, IReadOnlyList<Link> Links);

/// <summary>A labelled sentence of an advice block: "It may cost" and the pole's risk sentence.</summary>
public sealed record ToolPointView(string Term, string Text);

/// <summary>
/// A line of the rules table: when, and the advice's title as plain text. The advice itself stands beside the form, shown
/// when it applies; a link here would lead to hidden content whenever it does not.
/// </summary>
public sealed record ToolRuleRow(string When, string Advice);

public sealed record ToolPart(ToolView Tool) : BodyPart(typeof(BalanceTool))
{
    public const string AdviceHeadingId = "tool-advice-heading";
    public const string RulesHeadingId = "tool-rules-heading";

    public override IReadOnlyList<Link> Sections(UiStrings text) =>
        [new("#" + AdviceHeadingId, text[StringKeys.ToolAdviceHeading]), new("#" + RulesHeadingId, text[StringKeys.ToolRulesHeading])];

    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(BalanceTool.Tool)] = Tool, [nameof(BalanceTool.Text)] = place.Text, [nameof(BalanceTool.IdPrefix)] = place.IdPrefix, [nameof(BalanceTool.HeadingOffset)] = place.HeadingOffset };
}
