using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// Where a parsed page body is being written: on its own page, or as a chapter of the whole-booklet page, where its
/// ids get the chapter's prefix, its headings go one level down and its links are re-based.
/// </summary>
/// <param name="Text">The UI strings of the page being written (the footnotes' heading and back-link label).</param>
/// <param name="RebaseLink">Turns an address relative to the body's own page into one relative to the page written; null when they are the same page.</param>
/// <param name="Sheets">Group the body into one sheet per level-2 heading (pages with layout: sheet).</param>
public sealed record RenderContext(UiStrings Text, string IdPrefix = "", int HeadingOffset = 0, Func<string, string>? RebaseLink = null, bool Sheets = false)
{
    public string Id(string id) => IdPrefix + id;

    public int Level(int level) => Math.Min(6, level + HeadingOffset);

    /// <summary>An href as written on the page: in-page fragments get the id prefix, relative addresses are re-based.</summary>
    public string Href(string href)
    {
        if (href.StartsWith('#'))
        {
            return "#" + Id(href[1..]);
        }

        return RebaseLink is null || Uri.TryCreate(href, UriKind.Absolute, out _) ? href : RebaseLink(href);
    }
}
