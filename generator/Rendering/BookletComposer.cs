using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Fills the whole-booklet page with its chapters. Each chapter is rendered again as if it stood on the booklet
/// page, so that its relative links still lead to the right pages.
/// </summary>
public sealed class BookletComposer(SiteIndex site, MarkdownRenderer markdown)
{
    public RenderedBody Compose(Page page, RenderedBody body)
    {
        if (!body.Parts.OfType<BookletPart>().Any())
        {
            return body;
        }

        var parts = body.Parts.Select(part => part is BookletPart booklet ? Fill(page, booklet) : part).ToList();
        return body with { Parts = parts };
    }

    private BookletPart Fill(Page page, BookletPart booklet)
    {
        var chapters = booklet.Keys
            .Select(key => site.FindByKey(page.Language, key))
            .OfType<Page>()
            // Errors in a chapter are reported on the chapter's own page; fragments were checked there too.
            .Select(chapter => new BookletChapter(
                $"chapter-{chapter.Key}",
                chapter.Meta.Title,
                markdown.Render(chapter with { OutputPath = page.OutputPath }, new DiagnosticBag()).Parts))
            .ToList();
        return booklet with { Chapters = chapters };
    }
}
