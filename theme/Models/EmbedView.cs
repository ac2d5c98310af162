namespace MaalMedMening.Theme.Models;

/// <summary>A chrome-less page for other sites' iframes: the content, and a credit that links to the full guide.</summary>
public sealed record EmbedView(
    string Language,
    string Title,
    string RootPrefix,
    string? CanonicalUrl,
    IReadOnlyList<Alternate> Alternates,
    IReadOnlyList<BodyPart> Body,
    Link Credit,
    UiStrings Text)
{
    /// <summary>The page's Content-Security-Policy for its meta element (hosts such as GitHub Pages send no headers).</summary>
    public required string ContentSecurityPolicy { get; init; }

    /// <summary>The stylesheet's path below the site root; its name carries a hash of its content (<c>assets/site.0123456789.css</c>).</summary>
    public required string StylesheetPath { get; init; }

    /// <summary>The balance tool's stylesheet below the site root, only on the tool's embed; null elsewhere.</summary>
    public string? ToolStylesheetPath { get; init; }

    /// <summary>Shown where the frame is phone-narrow, linking the full page: there the part is taller than any frame a host gives it.</summary>
    public string? NarrowNote { get; init; }
}

/// <summary>The iframe code a full page offers for copying.</summary>
public sealed record EmbedSnippet(string Title, string Code);
