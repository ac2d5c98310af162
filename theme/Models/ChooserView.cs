namespace MaalMedMening.Theme.Models;

/// <summary>The site root: a choice of language, Danish first, each offer written in its own language.</summary>
public sealed record ChooserView(IReadOnlyList<ChooserLanguage> Languages, string CanonicalUrl)
{
    /// <summary>The page's Content-Security-Policy for its meta element (hosts such as GitHub Pages send no headers).</summary>
    public required string ContentSecurityPolicy { get; init; }
}

public sealed record ChooserLanguage(string Language, string Href, UiStrings Text);
