using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Markdown.Shortcodes;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// What a composite page is made of, so that it is dated by its newest part rather than by its own short file: the whole
/// booklet by the chapters its booklet shortcode names; an index (questions, subjects) by every other page of its
/// language, whose headings and keywords it gathers, and by the language's data files (questions, glossary). Pages that
/// gather nothing have no parts.
/// </summary>
public static class CompositeParts
{
    private static readonly string[] IndexShortcodes = [QuestionIndexShortcode.ShortcodeName, SubjectIndexShortcode.ShortcodeName];

    /// <param name="inputFolder">The input folder; a language's data files are in its <c>&lt;lang&gt;/data/</c>.</param>
    public static IReadOnlyDictionary<Page, (IReadOnlyList<Page> Pages, IReadOnlyList<string> Files)> Of(SiteIndex site, PageOutlines outlines, string inputFolder)
    {
        var parts = new Dictionary<Page, (IReadOnlyList<Page>, IReadOnlyList<string>)>(ReferenceEqualityComparer.Instance);
        // Only a page that names one of these shortcodes can gather others; the rest are not parsed here.
        foreach (var page in site.Pages.Where(p => IndexShortcodes.Append(BookletShortcode.ShortcodeName).Any(name => p.Body.Contains(name, StringComparison.Ordinal))))
        {
            var shortcodes = outlines.Of(page).Shortcodes;
            if (shortcodes.Any(s => IndexShortcodes.Contains(s.Name, StringComparer.Ordinal)))
            {
                var dataFolder = Path.Combine(inputFolder, page.Language, DataLoader.Folder);
                var files = Directory.Exists(dataFolder) ? Directory.GetFiles(dataFolder, "*.yml").Order(StringComparer.Ordinal).ToList() : [];
                parts[page] = (site.Pages.Where(p => p.Language == page.Language && !ReferenceEquals(p, page)).ToList(), files);
                continue;
            }

            var chapters = shortcodes.Where(s => s.Name == BookletShortcode.ShortcodeName)
                .SelectMany(s => s.Arguments.Where(a => a.Key == BookletShortcode.KeysArgument))
                .SelectMany(a => a.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(key => site.FindByKey(page.Language, key))
                .OfType<Page>()
                .ToList();
            if (chapters.Count > 0)
            {
                parts[page] = (chapters, []);
            }
        }

        return parts;
    }
}
