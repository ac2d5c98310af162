using System.Text;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Output;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// <c>serve</c>'s copy of the site's own files (chooser and 404 pages, sitemap, headers, assets, embed pages): none of
/// them shows a page's body, so they are made again only when what they are made from changes, which the key holds:
/// the options, every page's address and front matter, every other input file (data, strings, settings, rules), the
/// theme's assets and the pages' dates. Files whose making reported a problem are not kept, so it is reported again.
/// </summary>
public sealed class SiteFilesMemory
{
    private (string Key, IReadOnlyList<OutputFile> Files)? _last;

    public async Task<IReadOnlyList<OutputFile>> GetOrMakeAsync(string key, Func<Task<(IReadOnlyList<OutputFile> Files, bool Clean)>> make)
    {
        if (_last is { } last && last.Key == key)
        {
            return last.Files;
        }

        var (files, clean) = await make();
        _last = clean ? (key, files) : null;
        return files;
    }

    /// <summary>The key of what the site's own files are made from.</summary>
    public static string Key(BuildOptions options, IReadOnlyList<Page> pages, LastModified dates, string assetNames)
    {
        var hash = ContentHash.Begin();
        void Add(string text) => hash.Append(Encoding.UTF8.GetBytes(text + "\n\0"));
        Add((options with { OutputFolder = "" }).ToString());
        Add(assetNames);
        foreach (var page in pages)
        {
            // A page's source holds its text up to its body: its front matter.
            Add(page.OutputPath);
            Add(page.Source.Text);
            Add(dates.For(page)?.ToString("O") ?? "");
        }

        var files = Directory.EnumerateFiles(options.InputFolder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(options.ThemeFolder, SiteFiles.AssetsFolder), "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Add(file);
            hash.Append(File.ReadAllBytes(file));
        }

        return ContentHash.End(hash);
    }
}
