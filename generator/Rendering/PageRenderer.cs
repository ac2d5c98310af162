using System.Collections.Concurrent;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Theme.Models;
using MaalMedMening.Theme.Pages;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Renders pages on as many workers as there are cores: each worker takes a page, turns its Markdown into body parts,
/// renders the theme around them into its own buffer, checks the finished page there and hands it on to be written,
/// then lets it go, so that no page's Markdown tree or HTML outlives its turn. Only the chapters of the whole-booklet
/// page are kept parsed, until the booklet is filled with them. A Razor renderer's dispatcher runs one render at a
/// time, so each worker has its own renderer.
/// </summary>
public sealed class PageRenderer(MarkdownRenderer markdown, BookletComposer booklet, PageViewBuilder views, IReadOnlyDictionary<string, UiStrings> strings) : IPageRenderer
{
    /// <summary>Pages a Razor renderer renders before a fresh one replaces it. It keeps each page's component tree until
    /// it is disposed, and trees kept that long outlive the collector's young generations, so they were copied into the
    /// old one and stayed until a full collection: at 64 pages a 4,000-page build peaked at 156–172 MiB, at 4 at 124 MiB
    /// with less CPU (a renderer costs little to make; 1 page was no leaner and slower).</summary>
    private const int PagesPerRenderer = 4;

    public async Task<IReadOnlyList<PageResult>> RenderAsync(IReadOnlyList<Page> pages, PageFinished finished, DiagnosticBag diagnostics)
    {
        // Only a page whose shortcodes read the booklet can hold it. Those few are parsed first, to learn the chapters
        // they show; all other pages are parsed when their turn comes. Pages are told apart by reference: a page
        // record's own equality compares its whole text.
        // Parallel.For rather than PLINQ: in the native binary PLINQ's first query resolves its generic virtual methods at
        // run time, a millisecond or two of every build.
        var found = new RenderedBody?[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            if (Reads(pages[i]).HasFlag(ShortcodeReads.Booklet))
            {
                found[i] = markdown.Render(pages[i], OwnPage(pages[i]), diagnostics);
            }
        });
        var early = Enumerable.Range(0, pages.Count).Where(i => found[i] is not null)
            .ToDictionary(i => pages[i], i => found[i]!, Page.ByReference);
        var booklets = early.Where(e => e.Value.Parts.OfType<BookletPart>().Any()).Select(e => e.Key).OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();
        var chapters = booklets.SelectMany(b => booklet.ChaptersOf(b, early[b])).ToHashSet(Page.ByReference);
        var parsedChapters = new ConcurrentDictionary<Page, ParsedBody>(
            early.Where(e => chapters.Contains(e.Key)).Select(e => KeyValuePair.Create(e.Key, e.Value.Parsed)), Page.ByReference);
        var inBuild = pages.ToHashSet(Page.ByReference);
        var unparsedChapters = chapters.Count(c => inBuild.Contains(c) && !parsedChapters.ContainsKey(c));

        // A booklet is ready once its chapters are parsed; the chapters go first, then the rest, largest first, so that
        // no worker is left with the long ones.
        var ready = new ConcurrentQueue<Page>(unparsedChapters == 0 ? booklets : []);
        var queue = new ConcurrentQueue<Page>(pages
            .Where(p => !booklets.Contains(p, Page.ByReference))
            .OrderByDescending(chapters.Contains)
            .ThenByDescending(p => p.Body.Length));
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count));
        var shares = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            var razor = new RazorRenderer();
            using var buffer = new HtmlBuffer();
            var results = new List<PageResult>();
            try
            {
                while (ready.TryDequeue(out var page) || queue.TryDequeue(out page))
                {
                    if (results.Count > 0 && results.Count % PagesPerRenderer == 0)
                    {
                        // A renderer keeps every component it has rendered until it is disposed: left alone, it held
                        // each page's render tree to the end of the build, and memory grew with the size of the site.
                        await razor.DisposeAsync();
                        razor = new RazorRenderer();
                    }

                    RenderedBody body;
                    ParsedBody own;
                    if (early.TryGetValue(page, out var parsedEarly))
                    {
                        body = booklet.Compose(page, parsedEarly, parsedChapters, diagnostics);
                        own = parsedEarly.Parsed;
                    }
                    else
                    {
                        body = markdown.Render(page, OwnPage(page), diagnostics);
                        own = body.Parsed;
                        if (chapters.Contains(page))
                        {
                            parsedChapters[page] = body.Parsed;
                            if (Interlocked.Decrement(ref unparsedChapters) == 0)
                            {
                                booklets.ForEach(ready.Enqueue);
                            }
                        }
                    }

                    buffer.Clear();
                    var pageView = views.Build(page, body.Parts, markdown.Sections(own, strings[page.Language]));
                    await razor.RenderPageAsync<ContentPage>(nameof(ContentPage.Page), pageView, buffer);
                    var check = PageCheck.Run(buffer.Text);
                    Report(page, check, diagnostics);
                    var result = new PageResult(page, check.Ids, body.Fragments) { HeadingIds = check.HeadingIds };
                    finished(result, buffer.Utf8());
                    results.Add(result);
                }
            }
            finally
            {
                await razor.DisposeAsync();
            }

            return results;
        })));

        // Page order does not matter to the callers, but a fixed order keeps every later step deterministic.
        return shares.SelectMany(s => s).OrderBy(r => r.Page.OutputPath, StringComparer.Ordinal).ToList();
    }

    public ShortcodeReads Reads(Page page) => markdown.Reads(page);

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
