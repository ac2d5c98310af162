using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>The site-wide settings from <c>input/site.yml</c>.</summary>
/// <param name="Languages">Language codes as site.yml lists them, the default first.</param>
/// <param name="SiteUrl">The absolute address the site is published at, ending in a slash.</param>
/// <param name="AccessibilityStatementUrl">The address of the accessibility statement the site's country asks public sites to link to.</param>
public sealed record SiteSettings(IReadOnlyList<string> Languages, Uri SiteUrl, string AccessibilityStatementUrl)
{
    public string DefaultLanguage => Languages[0];

    /// <summary>The header menu: translation keys of the pages it lists, in order (<c>menu:</c>).</summary>
    public IReadOnlyList<string> Menu { get; init; } = [];

    /// <summary>Where <see cref="Menu"/> is written, for errors about it.</summary>
    public SourceSpan? MenuSpan { get; init; }

    /// <summary>The booklet at its source, for the footer's credit (<c>sourceUrl:</c>); null leaves the credit unlinked.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>The publisher's site, for the footer's credit (<c>publisherUrl:</c>).</summary>
    public string? PublisherUrl { get; init; }

    /// <summary>
    /// Each embed kind's frame height in px for the iframe code the full pages offer (<c>embedHeights:</c>); a kind
    /// a page offers must have one.
    /// </summary>
    public IReadOnlyDictionary<string, int> EmbedHeights { get; init; } = new Dictionary<string, int>();

    /// <summary>Each language's spelling of ids and addresses: its built-in table with site.yml's <c>transliteration:</c> over it.</summary>
    public IReadOnlyDictionary<string, Transliterator> Transliterators { get; init; } = new Dictionary<string, Transliterator>();

    /// <summary>How <paramref name="language"/> spells ids and addresses.</summary>
    public Transliterator Spelling(string language) =>
        Transliterators.TryGetValue(language, out var spelling) ? spelling : Transliteration.For(language);
}
