using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Fills the whole-booklet page with its chapters. Each chapter's parsed body is written again for the booklet page:
/// ids under the chapter's prefix, headings one level down, links re-based so that they lead to the same pages.
/// </summary>
public sealed class BookletComposer(SiteRenderContext context, MarkdownRenderer markdown)
{
    private SiteIndex Site => context.Site;

    /// <summary>The pages a body shows as booklet chapters (none for a body without the booklet).</summary>
    public IEnumerable<Page> ChaptersOf(Page page, RenderedBody body) =>
        body.Parts.OfType<BookletPart>().SelectMany(booklet => booklet.Keys).Select(key => Site.FindByKey(page.Language, key)).OfType<Page>();

    /// <param name="bodies">The chapters parsed in this build; a chapter not among them (kept by the preview's cache) is parsed here.</param>
    public RenderedBody Compose(Page page, RenderedBody body, IReadOnlyDictionary<Page, ParsedBody> bodies, DiagnosticBag diagnostics)
    {
        if (!body.Parts.OfType<BookletPart>().Any())
        {
            return body;
        }

        var parts = body.Parts.Select(part => part is BookletPart booklet ? Fill(page, booklet, bodies, diagnostics) : part).ToList();
        return body with { Parts = parts };
    }

    private BookletPart Fill(Page page, BookletPart booklet, IReadOnlyDictionary<Page, ParsedBody> bodies, DiagnosticBag diagnostics)
    {
        var inBooklet = booklet.Keys
            .Select(key => Site.FindByKey(page.Language, key))
            .OfType<Page>()
            .ToList();
        var chapterIds = inBooklet.ToDictionary(c => c.OutputPath, c => $"chapter-{c.Key}");
        var chapters = inBooklet
            .Select(chapter =>
            {
                var id = $"chapter-{chapter.Key}";
                var parsed = bodies.TryGetValue(chapter, out var known)
                    ? known
                    // Only a build without errors fills the cache, so a cached chapter reports nothing new here.
                    : markdown.Render(chapter, new RenderContext(context.Strings[chapter.Language]), diagnostics).Parsed;
                var inPage = new RenderContext(context.Strings[page.Language], IdPrefix: id + "--", HeadingOffset: 1,
                    RebaseLink: chapter.OutputPath == page.OutputPath ? null
                        : href => ToChapter(href, chapter.OutputPath, chapterIds) ?? LinkRebase.Rebase(context.Urls, href, chapter.OutputPath, page.OutputPath));
                return new BookletChapter(id, chapter.Meta.Title, markdown.Render(parsed, inPage));
            })
            .ToList();
        return booklet with { Chapters = chapters };
    }

    // A link to another chapter of this booklet goes to that chapter on this page, so that in the whole-booklet PDF
    // it stays inside the document.
    private static string? ToChapter(string href, string from, IReadOnlyDictionary<string, string> chapterIds)
    {
        var (target, rest) = LinkRebase.Resolve(href, from);
        if (!chapterIds.TryGetValue(target, out var id))
        {
            return null;
        }

        return rest.StartsWith('#') && rest.Length > 1 ? $"#{id}--{rest[1..]}" : $"#{id}";
    }
}
