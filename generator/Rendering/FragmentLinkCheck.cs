using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Every link's <c>#fragment</c> must be an id of its target page: checked once every page is rendered, against the
/// ids of the rendered pages, where headings from Markdown and from shortcodes alike are known. A check of the
/// rendered pages, in their one shape: <c>Check(IReadOnlyList&lt;PageResult&gt; pages, DiagnosticBag diagnostics)</c>.
/// </summary>
public static class FragmentLinkCheck
{
    public static void Check(IReadOnlyList<PageResult> pages, DiagnosticBag diagnostics)
    {
        var byPath = pages.ToDictionary(r => r.Page.OutputPath);
        foreach (var check in pages.SelectMany(r => r.Fragments))
        {
            if (byPath.TryGetValue(check.TargetOutputPath, out var target) && !target.Ids.Contains(check.Fragment))
            {
                // The page as the author knows it: its file, and the id nearest to the one written.
                var near = NearMatch.Find(check.Fragment, target.Ids) is { } id ? $"; did you mean '#{id}'?" : "";
                diagnostics.Report(DiagnosticCodes.BrokenFragment, check.Span,
                    $"the link goes to '#{check.Fragment}', but {target.Page.Source.DisplayPath} has no such heading or anchor{near}");
            }
        }
    }
}
