using MaalMedMening.Generator.Serving;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>The real site, built once into a temp folder, served on 127.0.0.1, with one browser for all tests.</summary>
public sealed class SiteFixture() : BuiltSiteFixture(RepoPaths.Input);

/// <summary>A site built once from an input folder into a temp folder, served on 127.0.0.1, with one browser for all its tests.</summary>
public abstract class BuiltSiteFixture(string inputFolder) : IAsyncLifetime
{
    private readonly TempFolder _output = new();
    private IPlaywright? _playwright;
    private StaticFileHost? _server;

    public IBrowser Browser { get; private set; } = default!;

    public string OutputFolder => _output.Path;

    public string BaseUrl => _server!.BaseUrl;

    /// <summary>Every page of the site below a language folder, as site-relative paths ("da/forord/").</summary>
    public IReadOnlyList<string> Pages(string language) =>
        Directory.EnumerateFiles(Path.Combine(OutputFolder, language), "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputFolder, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Order(StringComparer.Ordinal)
            .ToList();

    public async Task InitializeAsync()
    {
        var errors = new StringWriter();
        var code = await BuildCommand.RunAsync(new BuildOptions(inputFolder, OutputFolder, RepoPaths.Theme), TextWriter.Null, errors);
        if (code != 0)
        {
            throw new InvalidOperationException($"the site in {inputFolder} did not build:\n" + errors);
        }

        _server = await StaticFileHost.StartAsync(OutputFolder, port: 0);
        (_playwright, Browser) = await Support.Browser.LaunchAsync();
    }

    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await Browser.NewPatientPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, ColorScheme = colorScheme });
        var response = await page.GotoAsync(BaseUrl + path);
        Assert.True(response is { Ok: true }, $"{path}: HTTP {response?.Status}");
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _output.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
