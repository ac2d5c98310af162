namespace MaalMedMening.Theme.Models;

/// <summary>A page's link-preview (Open Graph) facts beyond the description and canonical address its head has already.</summary>
/// <param name="Type">"website" for a home page, "article" for the rest.</param>
/// <param name="Title">The page's own title, without the site's name (that is <paramref name="SiteName"/>).</param>
/// <param name="Locale">The page's locale as Open Graph writes it (da_DK), from the language's strings.</param>
/// <param name="Alternates">The other languages' locales.</param>
public sealed record OpenGraphView(string Type, string Title, string SiteName, string Locale, IReadOnlyList<string> Alternates)
{
    public const string Website = "website";
    public const string Article = "article";
}
