using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// What every renderer of the site reads, made once the site is routed and the theme's assets are named: passed whole,
/// so that a renderer's constructor names what it does with it rather than the same seven values again.
/// </summary>
/// <param name="Dates">When each page last changed, for its "last updated" line.</param>
public sealed record SiteRenderContext(
    SiteSettings Settings,
    SiteIndex Site,
    IReadOnlyDictionary<string, UiStrings> Strings,
    IReadOnlyDictionary<string, LanguageData> Data,
    RelativeUrls Urls,
    ThemeLinks Links,
    LastModified Dates)
{
    /// <summary>
    /// The head of a page of the site, the one place heads are filled: the site's policy, stylesheet and icon, the page's
    /// title beside the site's name, and as x-default the page in the default language when it has one.
    /// </summary>
    public PageHead Head(string language, string title, string rootPrefix, string? canonicalUrl, IReadOnlyList<Alternate> alternates) =>
        new(language, PageHead.TitleOf(title, Strings[language][StringKeys.SiteTitle]), rootPrefix, canonicalUrl, alternates)
        {
            ContentSecurityPolicy = SecurityPolicy.MetaPolicy,
            StylesheetPath = Links.Stylesheet,
            IconPath = Links.Icon,
            XDefault = alternates.FirstOrDefault(a => a.Language == Site.Languages[0]),
        };

    /// <summary>An embed's head: not indexed, every link opening in the whole window (which its policy must allow), no icon, as the host's page has its own.</summary>
    public PageHead EmbedHead(string language, string title, string rootPrefix, string? canonicalUrl, IReadOnlyList<Alternate> alternates) =>
        Head(language, title, rootPrefix, canonicalUrl, alternates) with
        {
            ContentSecurityPolicy = SecurityPolicy.EmbedMetaPolicy,
            IconPath = null,
            NoIndex = true,
            LinksOpenInWholeWindow = true,
        };
}

/// <summary>The theme's files a page links to, below the site root, by their hashed names (<c>assets/site.0123456789.css</c>).</summary>
/// <param name="PartStylesheets">Each part stylesheet by the name of the component it styles, linked only where that component is shown (the balance tool's among them).</param>
/// <param name="Icon">The SVG icon, if the theme has one.</param>
public sealed record ThemeLinks(string Stylesheet, IReadOnlyDictionary<string, string> PartStylesheets, string? Icon);
