using MaalMedMening.Generator.Content;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// A page's "On this page" contents: its body's level-2 headings, then those the page writes after its body
/// (contents, related pages, see also), in the order they stand, when there are at least <see cref="Minimum"/>.
/// </summary>
public static class PageSections
{
    /// <summary>Fewer sections than this are seen at a glance and get no contents.</summary>
    public const int Minimum = 3;

    public static PageView Add(PageView view, Page page, IReadOnlyList<Link> bodySections)
    {
        // The whole booklet carries its own contents of chapters.
        if (page.Meta.Layout == FrontMatter.BookletLayout)
        {
            return view;
        }

        var sections = bodySections.ToList();
        if (view.Contents.Count > 0)
        {
            sections.Add(new Link("#" + PageView.ContentsHeadingId, view.Text[StringKeys.Contents]));
        }

        if (view.Related.Count > 0 && view.RelatedHeading is { } related)
        {
            sections.Add(new Link("#" + PageView.RelatedHeadingId, related));
        }

        if (view.SeeAlso.Count > 0)
        {
            sections.Add(new Link("#" + PageView.SeeAlsoHeadingId, view.Text[StringKeys.SeeAlso]));
        }

        return sections.Count >= Minimum ? view with { Sections = sections } : view;
    }
}
