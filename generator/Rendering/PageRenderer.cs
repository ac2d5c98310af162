using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Applies the theme to every page, on as many workers as there are cores, and checks the finished page. A Razor
/// renderer's dispatcher runs one render at a time, so each worker has its own renderer.
/// Each page is handed to <c>write</c> as soon as it is done, so that no page is kept in memory.
/// </summary>
/// <param name="rendered">Told of each page's finished HTML, for the preview's cache.</param>
public sealed class PageRenderer(Func<Page, PageView> view, Action<string, byte[]> write, Action<PageResult, byte[]>? rendered = null)
{
    public async Task<IReadOnlyList<PageResult>> RenderAsync(IReadOnlyList<Page> pages, IReadOnlyDictionary<Page, RenderedBody> bodies, DiagnosticBag diagnostics)
    {
        // Workers take the next page from one queue, largest first, so that no worker is left with the long ones.
        var queue = new System.Collections.Concurrent.ConcurrentQueue<Page>(
            pages.OrderByDescending(p => p.Meta.Layout == FrontMatter.BookletLayout).ThenByDescending(p => p.Body.Length));
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count));
        var shares = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await using var razor = new RazorRenderer();
            var results = new List<PageResult>();
            while (queue.TryDequeue(out var page))
            {
                var html = await razor.RenderPageAsync<ContentPage>(nameof(ContentPage.Page), view(page));
                var check = PageCheck.Run(html);
                Report(page, check, diagnostics);
                var bytes = System.Text.Encoding.UTF8.GetBytes(html);
                write(page.OutputPath, bytes);
                var result = new PageResult(page, check.Ids, bodies[page].Fragments);
                rendered?.Invoke(result, bytes);
                results.Add(result);
            }

            return results;
        })));

        // Page order does not matter to the callers, but a fixed order keeps every later step deterministic.
        return shares.SelectMany(s => s).OrderBy(r => r.Page.OutputPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>Reports what the check of a finished page found, at the page's first line (the page as a whole is at fault).</summary>
    public static void Report(Page page, PageCheck.Result check, DiagnosticBag diagnostics)
    {
        foreach (var finding in check.ScriptFindings)
        {
            diagnostics.Report(DiagnosticCodes.ScriptInOutput, page.Source.At(1), $"the page would contain {finding}; the site has no JavaScript");
        }

        foreach (var id in check.DuplicateIds.Distinct())
        {
            diagnostics.Report(DiagnosticCodes.DuplicateIdInOutput, page.Source.At(1),
                $"the page {page.OutputPath} would have the id '{id}' more than once; rename a heading or give it its own id with {{#another-id}}");
        }
    }
}
