using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Markdown.Shortcodes;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// What a composite page is made of, so that it is dated by its newest part rather than by its own short file: the whole
/// booklet by the chapters its booklet shortcode names; an index (questions, subjects) by every other page of its
/// language, whose headings and keywords it gathers, and by the language's data files (questions, glossary). Which is
/// which, each shortcode declares (<see cref="ShortcodeReads"/>). Pages that gather nothing have no parts.
/// </summary>
public static class CompositeParts
{
    /// <param name="inputFolder">The input folder; a language's data files are in its <c>&lt;lang&gt;/data/</c>.</param>
    public static IReadOnlyDictionary<Page, (IReadOnlyList<Page> Pages, IReadOnlyList<string> Files)> Of(SiteIndex site, PageOutlines outlines,
        ShortcodeRegistry shortcodes, string inputFolder)
    {
        var parts = new Dictionary<Page, (IReadOnlyList<Page>, IReadOnlyList<string>)>(ReferenceEqualityComparer.Instance);
        // Only a page with a shortcode can gather others; the rest are not parsed here.
        foreach (var page in site.Pages.Where(p => p.Body.Contains(ShortcodeParser.Opening, StringComparison.Ordinal)))
        {
            var calls = outlines.Of(page).Shortcodes;
            var reads = shortcodes.Reads(calls);
            if (reads.HasFlag(ShortcodeReads.OtherPages))
            {
                var dataFolder = Path.Combine(inputFolder, page.Language, DataLoader.Folder);
                var files = Directory.Exists(dataFolder) ? Directory.GetFiles(dataFolder, "*.yml").Order(StringComparer.Ordinal).ToList() : [];
                parts[page] = (site.Pages.Where(p => p.Language == page.Language && !ReferenceEquals(p, page)).ToList(), files);
                continue;
            }

            var chapters = reads.HasFlag(ShortcodeReads.Booklet)
                ? BookletShortcode.Chapters(calls, site, page).Select(key => site.FindByKey(page.Language, key)).OfType<Page>().ToList()
                : [];
            if (chapters.Count > 0)
            {
                parts[page] = (chapters, []);
            }
        }

        return parts;
    }
}
