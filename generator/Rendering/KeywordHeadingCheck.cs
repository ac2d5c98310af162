using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// A subject-index keyword that names a heading (<c>- term: heading-id</c>) must name one its page has: checked
/// against the ids of the rendered page, where headings from Markdown and from shortcodes alike are known. A check of
/// the rendered pages, in their one shape: <c>Check(IReadOnlyList&lt;PageResult&gt; pages, DiagnosticBag diagnostics)</c>.
/// </summary>
public static class KeywordHeadingCheck
{
    public static void Check(IReadOnlyList<PageResult> pages, DiagnosticBag diagnostics)
    {
        foreach (var result in pages)
        {
            foreach (var keyword in result.Page.Meta.Keywords.Where(k => k.Heading is not null && !result.Ids.Contains(k.Heading)))
            {
                diagnostics.Report(DiagnosticCodes.UnknownKeywordHeading, keyword.Span,
                    $"the keyword '{keyword.Term}' names the heading '#{keyword.Heading}', but this page has no heading with that id{Known(result.HeadingIds)}");
            }
        }
    }

    // The ids to choose from, so that the author need not open the built page to find the one meant.
    private static string Known(IReadOnlyList<string> headingIds) =>
        headingIds.Count == 0 ? "" : $"; its headings' ids are {string.Join(", ", headingIds.Select(id => "#" + id))}";
}
