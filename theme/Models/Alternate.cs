namespace MaalMedMening.Theme.Models;

/// <summary>A version of the page in one language, for hreflang links and the language switcher.</summary>
/// <param name="AbsoluteUrl">The published address (for hreflang and canonical).</param>
/// <param name="Href">The relative link from the current page.</param>
/// <param name="Name">The language's own name ("Deutsch", "English").</param>
public sealed record Alternate(string Language, string AbsoluteUrl, string Href, string Name)
{
    /// <summary>The hreflang value for the version shown to readers whose language the site lacks.</summary>
    public const string XDefault = "x-default";
}
