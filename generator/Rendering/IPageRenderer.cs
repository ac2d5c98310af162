using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown.Shortcodes;

namespace MaalMedMening.Generator.Rendering;

/// <summary>A finished page and its HTML as UTF-8. The bytes lie in the renderer's buffer, which the next page overwrites: whoever keeps them copies them.</summary>
public delegate void PageFinished(PageResult result, ReadOnlySpan<byte> html);

/// <summary>
/// The one seam of page rendering: page → finished HTML, the ids it offers and the fragments its links need.
/// <c>serve</c> wraps it with a cached renderer; a build knows nothing of the cache.
/// </summary>
public interface IPageRenderer
{
    /// <param name="pages">The pages to render; the site around them (navigation, the whole booklet) is the renderer's own.</param>
    /// <param name="finished">Told of each finished page and its HTML as soon as it is done (from any thread), so that no page is kept in memory.</param>
    /// <returns>Every page's result, ordered by output path.</returns>
    Task<IReadOnlyList<PageResult>> RenderAsync(IReadOnlyList<Page> pages, PageFinished finished, DiagnosticBag diagnostics);

    /// <summary>What the page reads beyond its own text (other pages' bodies, the booklet's chapters), as its shortcodes declare it.</summary>
    ShortcodeReads Reads(Page page);
}
