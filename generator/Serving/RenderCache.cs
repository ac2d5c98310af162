using System.Collections.Concurrent;
using System.Text;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Generator.Output;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Rendering;

namespace MaalMedMening.Generator.Serving;

/// <summary>
/// What <c>serve</c> keeps between builds: each page's finished HTML, keyed by a fingerprint of everything the page
/// depends on. A page's HTML depends on its own text and on the shape of the whole site (every page's front matter
/// and address, data, UI strings, theme assets, options); when only one page's text changes, only that page (and the
/// whole-booklet page, which holds every chapter) is rendered again. A build's pages are kept only when the build
/// succeeds (<see cref="Keep"/>): a page with an error must be checked again next time.
/// </summary>
public sealed class RenderCache
{
    private sealed record Entry(string Fingerprint, byte[] Html, IReadOnlySet<string> Ids, IReadOnlyList<FragmentCheck> Fragments);

    private readonly Dictionary<string, Entry> _pages = [];
    private ConcurrentBag<(string Path, Entry Entry)> _pending = [];

    /// <summary>The renderer of one build: pages whose fingerprint is unchanged come from the cache, the others from <paramref name="inner"/>.</summary>
    /// <param name="dates">The pages' last-updated dates, which every page shows: a commit while serve runs changes them.</param>
    public IPageRenderer Wrap(IPageRenderer inner, BuildOptions options, LastModified? dates = null) => new Cached(this, inner, options, dates ?? LastModified.None);

    /// <summary>The last build succeeded: keep the pages it rendered.</summary>
    public void Keep()
    {
        foreach (var (path, entry) in Interlocked.Exchange(ref _pending, []))
        {
            _pages[path] = entry;
        }
    }

    /// <summary>The last build failed: forget what it rendered.</summary>
    public void Forget() => _pending = [];

    private sealed class Cached(RenderCache cache, IPageRenderer inner, BuildOptions options, LastModified dates) : IPageRenderer
    {
        public async Task<IReadOnlyList<PageResult>> RenderAsync(IReadOnlyList<Page> pages, PageFinished finished, DiagnosticBag diagnostics)
        {
            var site = SiteFingerprint(pages, options, dates);
            var fingerprints = pages.ToDictionary(p => p, p => PageFingerprint(site, p, pages, inner.Reads(p)), Page.ByReference);
            var hits = pages
                .Select(p => (Page: p, Entry: cache._pages.TryGetValue(p.OutputPath, out var e) && e.Fingerprint == fingerprints[p] ? e : null))
                .Where(h => h.Entry is not null)
                .ToList();
            var fresh = pages.Except(hits.Select(h => h.Page), Page.ByReference).ToList();
            var pending = cache._pending;
            var results = (await inner.RenderAsync(fresh, (result, html) =>
            {
                pending.Add((result.Page.OutputPath, new Entry(fingerprints[result.Page], html.ToArray(), result.Ids, result.Fragments)));
                finished(result, html);
            }, diagnostics)).ToList();
            foreach (var (page, entry) in hits)
            {
                var result = new PageResult(page, entry!.Ids, entry.Fragments, Reused: true);
                finished(result, entry.Html);
                results.Add(result);
            }

            return results.OrderBy(r => r.Page.OutputPath, StringComparer.Ordinal).ToList();
        }

        public ShortcodeReads Reads(Page page) => inner.Reads(page);
    }

    /// <summary>The site's shape: every page's address, whole front matter and date, the data and strings, theme assets and options.</summary>
    private static string SiteFingerprint(IReadOnlyList<Page> pages, BuildOptions options, LastModified dates)
    {
        var text = new StringBuilder();
        text.Append(options with { OutputFolder = "" }).Append('\n');
        foreach (var page in pages)
        {
            // A page keeps its file's text up to its body: the front matter, whatever fields it has.
            text.Append(page.OutputPath).Append('\n').Append(page.Source.Text).Append('\n').Append(dates.For(page)?.ToString("O")).Append('\n');
        }

        var files = Directory.EnumerateFiles(options.InputFolder, "*.yml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(options.ThemeFolder, SiteFiles.AssetsFolder), "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // By its stamp, as serve's other memories tell a changed file (a link, which has none, by its text).
            text.Append(file).Append('\n').Append(FileStamp.Of(file)?.ToString() ?? File.ReadAllText(file)).Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>A page's own fingerprint: the site's shape and its text; for a page whose shortcodes read other pages
    /// (the whole booklet, the indexes: see <see cref="ShortcodeReads"/>), every page's text of its language.</summary>
    private static string PageFingerprint(string siteFingerprint, Page page, IReadOnlyList<Page> pages, ShortcodeReads reads) =>
        Hash(siteFingerprint + "\n" + (page.Meta.Layout == FrontMatter.BookletLayout || reads != ShortcodeReads.None
            ? string.Concat(pages.Where(p => p.Language == page.Language).Select(p => p.Body))
            : page.Body));

    private static string Hash(string text) => ContentHash.Of(text);
}
