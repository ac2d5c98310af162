using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// The UI strings a language's pages show, so that its strings table need define only those (issue #27): the layout's
/// always, and the keys of each part a page uses, as the part declares them (a shortcode's <see cref="IShortcode.Strings"/>,
/// an embed's title, the front matter that adds related links or the card credit). Each key is paired with the first
/// page that shows it (in the site's order), to name in the error when it is missing; null for the layout's.
/// </summary>
public static class StringsInUse
{
    /// <summary>Reports, for every language, each key its pages show that its strings table lacks.</summary>
    public static void Check(SiteIndex site, IReadOnlyDictionary<string, UiStrings> strings, PageOutlines outlines, ShortcodeRegistry shortcodes,
        Func<string, string> languageFolder, DiagnosticBag diagnostics)
    {
        foreach (var language in site.Languages)
        {
            // A language previewed in progress (serve) shows the default language's text where its own is missing.
            StringTable.CheckUsed(languageFolder(language), strings[language], Of(language, site, outlines, shortcodes), diagnostics, strings[language].Fallback is not null);
        }
    }

    public static IReadOnlyDictionary<string, Page?> Of(string language, SiteIndex site, PageOutlines outlines, ShortcodeRegistry shortcodes)
    {
        var used = StringKeys.Layout.ToDictionary(k => k, _ => (Page?)null, StringComparer.Ordinal);
        foreach (var page in site.Pages.Where(p => p.Language == language))
        {
            foreach (var key in Keys(page, outlines, shortcodes))
            {
                used.TryAdd(key, page);
            }
        }

        return used;
    }

    private static IEnumerable<string> Keys(Page page, PageOutlines outlines, ShortcodeRegistry shortcodes)
    {
        // Only a page that might hold a shortcode is parsed here (the indexes parse the others when they need them).
        var calls = page.Body.Contains(ShortcodeParser.Opening, StringComparison.Ordinal) ? outlines.Of(page).Shortcodes : [];
        var keys = calls.SelectMany(shortcodes.Strings);
        if (page.Meta.Embeds.Count > 0)
        {
            // Each kind of embed is named for the shortcode that shows the same part on a full page.
            keys = keys.Concat(StringKeys.Embed)
                .Concat(page.Meta.Embeds.SelectMany(o => shortcodes.Strings(o.Kind).Append(EmbedPages.TitleKey(o.Kind))));
        }

        if (page.Meta.Balance is not null || page.Meta.Balances.Count > 0)
        {
            keys = keys.Concat(StringKeys.RelatedLinks);
        }

        return page.Meta.Credit == FrontMatter.CardCredit ? keys.Concat(StringKeys.CardCredit) : keys;
    }
}
