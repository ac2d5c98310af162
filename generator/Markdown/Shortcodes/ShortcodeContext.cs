using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>What every shortcode may read: the routed site, each language's data and UI strings, and how to link between pages.</summary>
public sealed record ShortcodeContext(
    SiteIndex Site,
    IReadOnlyDictionary<string, LanguageData> Data,
    IReadOnlyDictionary<string, UiStrings> Strings,
    RelativeUrls Urls);
