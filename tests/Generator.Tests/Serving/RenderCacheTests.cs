using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Serving;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Serving;

/// <summary>The preview's render cache must never change what is built: a cached rebuild equals a fresh build.</summary>
public sealed class RenderCacheTests
{
    /// <summary>Builds as <c>serve</c> does: in place, through the preview server's cache, each build logging where it is told.</summary>
    private sealed class Preview : IAsyncDisposable
    {
        private readonly PreviewServer _server;
        private TextWriter _log = TextWriter.Null;

        public Preview(BuildOptions options)
        {
            var inPlace = options with { InPlace = true };
            _server = new PreviewServer(inPlace, 0, (wrapPages, errors) => BuildCommand.RunAsync(inPlace, _log, errors, wrapPages), TextWriter.Null);
        }

        public Task<int> BuildAsync(TextWriter? log = null)
        {
            _log = log ?? TextWriter.Null;
            return _server.BuildAsync();
        }

        public ValueTask DisposeAsync() => _server.DisposeAsync();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Should_Rebuild_Only_The_Changed_Page_And_Match_A_Fresh_Build()
    {
        // Given a copy of the real input, built once with a cache
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        CopyFolder(RepoPaths.Input, input);
        var cached = new BuildOptions(input, folder.Combine("cached"), RepoPaths.Theme);
        await using var preview = new Preview(cached);
        Assert.Equal(0, await preview.BuildAsync());

        // When one chapter changes and the site is built again with the cache, and once without
        var foreword = Path.Combine(input, "da", "foreword.md");
        await File.WriteAllTextAsync(foreword, (await File.ReadAllTextAsync(foreword)).Replace("God læselyst!", "God læselyst igen!", StringComparison.Ordinal));
        var log = new StringWriter();
        Assert.Equal(0, await preview.BuildAsync(log));
        Assert.Equal(0, await BuildCommand.RunAsync(cached with { OutputFolder = folder.Combine("fresh") }, TextWriter.Null, TextWriter.Null));

        // Then only the chapter, the whole-booklet page and the two indexes (which read every page's headings and
        // shortcodes) were rendered, and the output is the same as a fresh build's
        Assert.Contains("4 changed, ", log.ToString());
        Assert.Contains("God læselyst igen!", await File.ReadAllTextAsync(Path.Combine(folder.Combine("cached"), "da", "forord", "index.html")));
        Assert.Equal(FolderSnapshot.Take(folder.Combine("fresh")), FolderSnapshot.Take(folder.Combine("cached")));
    }

    [Fact]
    public async Task Should_Report_An_Error_Again_On_The_Next_Build()
    {
        // Given a cached site where a page gets a broken link
        using var site = new TestSite();
        await using var preview = new Preview(new BuildOptions(site.Input, site.Output, RepoPaths.Theme));
        Assert.Equal(0, await preview.BuildAsync());
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Se [her](mangler.md)."));

        // When it is built twice without fixing it
        var first = await preview.BuildAsync();
        var second = await preview.BuildAsync();

        // Then both builds fail
        Assert.Equal((1, 1), (first, second));
    }
}
