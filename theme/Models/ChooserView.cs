namespace MaalMedMening.Theme.Models;

/// <summary>The site root: a choice of language, the default first, each offer written in its own language.</summary>
/// <param name="AccessibilityStatementUrl">The accessibility statement, linked from the chooser's footer as from every other page's.</param>
public sealed record ChooserView(IReadOnlyList<ChooserLanguage> Languages, string CanonicalUrl, string AccessibilityStatementUrl)
{
    /// <summary>The home page in every language, the default first, for hreflang links (the first is also x-default).</summary>
    public IReadOnlyList<Alternate> Alternates { get; init; } = [];

    /// <summary>The page's Content-Security-Policy for its meta element (hosts such as GitHub Pages send no headers).</summary>
    public required string ContentSecurityPolicy { get; init; }

    /// <summary>The stylesheet's path below the site root; its name carries a hash of its content (<c>assets/site.0123456789.css</c>).</summary>
    public required string StylesheetPath { get; init; }

    /// <summary>The SVG icon's path below the site root, if the theme has one.</summary>
    public string? IconPath { get; init; }
}

public sealed record ChooserLanguage(string Language, string Href, UiStrings Text);
