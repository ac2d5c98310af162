using System.Security.Cryptography;
using System.Text;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Output;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// What <c>serve</c> keeps between builds: each page's finished HTML, keyed by a fingerprint of everything the
/// page depends on. A page's HTML depends on its own text and on the shape of the whole site (titles and
/// addresses in navigation, data, UI strings, options); when only one page's text changes, only that page
/// (and the whole-booklet page, which holds every chapter) is rendered again.
/// </summary>
public sealed class BuildCache
{
    public sealed record CachedPage(string Fingerprint, byte[] Html, IReadOnlySet<string> Ids, IReadOnlyList<FragmentCheck> Fragments);

    private readonly Dictionary<string, CachedPage> _pages = [];
    private (string Fingerprint, IReadOnlyList<OutputFile> Files)? _siteFiles;

    public CachedPage? Find(string outputPath, string fingerprint) =>
        _pages.TryGetValue(outputPath, out var cached) && cached.Fingerprint == fingerprint ? cached : null;

    public void Store(string outputPath, CachedPage page)
    {
        lock (_pages)
        {
            _pages[outputPath] = page;
        }
    }

    public IReadOnlyList<OutputFile>? SiteFiles(string fingerprint) => _siteFiles is { } s && s.Fingerprint == fingerprint ? s.Files : null;

    public void StoreSiteFiles(string fingerprint, IReadOnlyList<OutputFile> files) => _siteFiles = (fingerprint, files);

    /// <summary>A fingerprint of the site's shape: every page's front matter and address, the data, strings, settings, theme assets and options.</summary>
    public static string SiteFingerprint(SiteIndex site, BuildOptions options)
    {
        var text = new StringBuilder();
        text.Append(options with { OutputFolder = "" }).Append('\n');
        foreach (var page in site.Pages)
        {
            var meta = page.Meta;
            text.Append($"{page.OutputPath}|{page.Key}|{meta.Title}|{meta.Description}|{meta.Weight}|{meta.Layout}|{meta.Balance}|")
                .AppendJoin(';', meta.Balances.Select(b => $"{b.BalanceId}:{b.Note}")).Append("|")
                .AppendJoin(";", meta.Embeds.Select(e => $"{e.Kind}:{e.Address}")).Append('\n');
        }

        var files = Directory.EnumerateFiles(options.InputFolder, "*.yml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(options.ThemeFolder, Output.SiteFiles.AssetsFolder), "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            text.Append(file).Append('\n').Append(File.ReadAllText(file)).Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>A page's own fingerprint: the site's shape and its text (the whole booklet: every page's text).</summary>
    public static string PageFingerprint(string siteFingerprint, Page page, SiteIndex site) =>
        Hash(siteFingerprint + "\n" + (page.Meta.Layout == FrontMatter.BookletLayout
            ? string.Concat(site.Pages.Where(p => p.Language == page.Language).Select(p => p.Body))
            : page.Body));

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
