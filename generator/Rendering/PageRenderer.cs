using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Applies the theme and post-processes every page, on as many workers as there are cores. A Razor renderer's
/// dispatcher runs one render at a time, so each worker has its own renderer.
/// Each page is written as soon as it is done, so that no page is kept in memory.
/// </summary>
/// <param name="rendered">Told of each page's finished HTML, for the preview's cache.</param>
public sealed class PageRenderer(Func<Page, PageView> view, IReadOnlyDictionary<string, UiStrings> strings, Output.OutputWriter output, Action<PageResult, byte[]>? rendered = null)
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
            var post = new HtmlPostProcessor();
            var results = new List<PageResult>();
            while (queue.TryDequeue(out var page))
            {
                var html = await razor.RenderAsync<ContentPage>(nameof(ContentPage.Page), view(page));
                var processed = post.Process(html, strings[page.Language]);
                foreach (var finding in processed.ScriptFindings)
                {
                    diagnostics.Report(DiagnosticCodes.ScriptInOutput, page.Source.At(1), $"the page would contain {finding}; the site has no JavaScript");
                }

                var bytes = System.Text.Encoding.UTF8.GetBytes(processed.Html);
                output.Write(page.OutputPath, bytes);
                var result = new PageResult(page, processed.Ids, bodies[page].Fragments);
                rendered?.Invoke(result, bytes);
                results.Add(result);
            }

            return results;
        })));

        // Page order does not matter to the callers, but a fixed order keeps every later step deterministic.
        return shares.SelectMany(s => s).OrderBy(r => r.Page.OutputPath, StringComparer.Ordinal).ToList();
    }
}
