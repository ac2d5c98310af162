using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Renders pages: Markdown to body parts (the whole-booklet page filled with its chapters), then the theme on as
/// many workers as there are cores, and a check of each finished page. A Razor renderer's dispatcher runs one render
/// at a time, so each worker has its own renderer.
/// </summary>
/// <param name="view">The page's view around its body parts.</param>
public sealed class PageRenderer(
    MarkdownRenderer markdown,
    BookletComposer booklet,
    IReadOnlyDictionary<string, UiStrings> strings,
    Func<Page, IReadOnlyList<BodyPart>, PageView> view) : IPageRenderer
{
    public async Task<IReadOnlyList<PageResult>> RenderAsync(IReadOnlyList<Page> pages, Action<PageResult, byte[]> finished, DiagnosticBag diagnostics)
    {
        var rendered = pages.AsParallel().Select(p => (Page: p, Body: markdown.Render(p, OwnPage(p), diagnostics))).ToDictionary(r => r.Page, r => r.Body);
        var bodies = rendered.ToDictionary(r => r.Key, r => booklet.Compose(r.Key, r.Value, rendered, diagnostics));

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
                var pageView = PageSections.Add(view(page, bodies[page].Parts), page, markdown.Sections(rendered[page].Parsed, strings[page.Language]));
                var html = await razor.RenderPageAsync<ContentPage>(nameof(ContentPage.Page), pageView);
                var check = PageCheck.Run(html);
                Report(page, check, diagnostics);
                var result = new PageResult(page, check.Ids, bodies[page].Fragments);
                finished(result, System.Text.Encoding.UTF8.GetBytes(html));
                results.Add(result);
            }

            return results;
        })));

        // Page order does not matter to the callers, but a fixed order keeps every later step deterministic.
        return shares.SelectMany(s => s).OrderBy(r => r.Page.OutputPath, StringComparer.Ordinal).ToList();
    }

    /// <summary>How a body is written on its own page: with the page's strings, and as sheets on a page of sheets.</summary>
    private RenderContext OwnPage(Page page) => new(strings[page.Language], Sheets: page.Meta.Layout == FrontMatter.SheetLayout);

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
