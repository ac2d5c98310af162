using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Applies the theme and post-processes every page, on as many workers as there are cores. A Razor renderer's
/// dispatcher runs one render at a time, so each worker has its own renderer and its own share of the pages.
/// </summary>
public sealed class PageRenderer(Func<Page, PageView> view, IReadOnlyDictionary<string, UiStrings> strings)
{
    public async Task<IReadOnlyList<PageResult>> RenderAsync(IReadOnlyList<Page> pages, IReadOnlyDictionary<Page, RenderedBody> bodies, DiagnosticBag diagnostics)
    {
        var share = Math.Max(1, (pages.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount);
        var shares = await Task.WhenAll(pages.Chunk(share).Select(chunk => Task.Run(async () =>
        {
            await using var razor = new RazorRenderer();
            var post = new HtmlPostProcessor();
            var results = new List<PageResult>(chunk.Length);
            foreach (var page in chunk)
            {
                var html = await razor.RenderAsync<ContentPage>(nameof(ContentPage.Page), view(page));
                var processed = post.Process(html, strings[page.Language]);
                foreach (var finding in processed.ScriptFindings)
                {
                    diagnostics.Report(DiagnosticCodes.ScriptInOutput, page.Source.At(1), $"the page would contain {finding}; the site has no JavaScript");
                }

                results.Add(new PageResult(page, processed.Html, processed.Ids, bodies[page].Fragments));
            }

            return results;
        })));
        return shares.SelectMany(s => s).ToList();
    }
}
