namespace MaalMedMening.Theme.Models;

/// <summary>A chrome-less page for other sites' iframes: the content, and a credit that links to the full guide.</summary>
/// <param name="Title">The part's title, its page's heading.</param>
public sealed record EmbedView(
    PageHead Head,
    string Title,
    IReadOnlyList<BodyPart> Body,
    Link Credit,
    UiStrings Text)
{
    public string Language => Head.Language;

    /// <summary>Shown where the frame is phone-narrow, linking the full page: there the part is taller than any frame a host gives it.</summary>
    public string? NarrowNote { get; init; }
}

/// <summary>The iframe code a full page offers for copying.</summary>
public sealed record EmbedSnippet(string Title, string Code);
