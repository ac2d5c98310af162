namespace MaalMedMening.Theme.Models;

/// <summary>The site root: a choice of language, Danish first, each offer written in its own language.</summary>
public sealed record ChooserView(IReadOnlyList<ChooserLanguage> Languages, string CanonicalUrl);

public sealed record ChooserLanguage(string Language, string Href, UiStrings Text);
