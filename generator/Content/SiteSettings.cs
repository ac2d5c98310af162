namespace MaalMedMening.Generator.Content;

/// <summary>The site-wide settings from <c>input/site.yml</c>.</summary>
/// <param name="Languages">Language codes as site.yml lists them, the default first.</param>
/// <param name="SiteUrl">The absolute address the site is published at, ending in a slash.</param>
/// <param name="AccessibilityStatementUrl">The address of the accessibility statement (Tilgængelighedserklæring).</param>
public sealed record SiteSettings(IReadOnlyList<string> Languages, Uri SiteUrl, string AccessibilityStatementUrl)
{
    public string DefaultLanguage => Languages[0];
}
