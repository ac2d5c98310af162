namespace MaalMedMening.Generator.Content;

/// <summary>
/// The chapters of a whole booklet whose shortcode names no keys: every page in the plain layout that comes before the
/// booklet page in its language's reading order. The pages after the booklet page are the back matter (the
/// accessibility statement, say); the tool, sheets and cards have their own layouts and their own PDFs. A booklet that
/// lists keys on purpose takes those pages instead, so a new chapter is in the booklet and the PDFs without anyone
/// having to remember a list.
/// </summary>
public static class BookletChapters
{
    public static IReadOnlyList<string> ByReadingOrder(SiteIndex site, Page booklet)
    {
        var order = site.InReadingOrder(booklet.Language);
        var position = site.PositionInReadingOrder(booklet);
        return order.Take(position < 0 ? order.Count : position)
            .Where(p => p.Kind != PageKind.Home && p.Meta.Layout == FrontMatter.PageLayout)
            .Select(p => p.Key)
            .ToList();
    }
}
