namespace MaalMedMening.Theme.Models;

/// <summary>The site root: a choice of language, the default first, each offer written in its own language.</summary>
/// <param name="Head">The head, in the default language: the site's name and tagline, the home page in every language as alternates.</param>
/// <param name="AccessibilityStatementUrl">The accessibility statement, linked from the chooser's footer as from every other page's.</param>
public sealed record ChooserView(PageHead Head, IReadOnlyList<ChooserLanguage> Languages, string AccessibilityStatementUrl);

public sealed record ChooserLanguage(string Language, string Href, UiStrings Text);
