namespace MaalMedMening.Generator.Localization;

/// <summary>Where a page shows the questions of a group (its questions shortcode), so that a number in the heading above counts them.</summary>
/// <param name="Line">The 1-based line of the page's file.</param>
public sealed record QuestionGroupShown(int Line, string Group);
