using MaalMedMening.Site.BrowserTests.Support;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>
/// No page asks another host for anything (issue #6): no fonts, images, styles or trackers from elsewhere, so that
/// reading the booklet tells no third party who reads it. Recorded in Chromium, on screen and for print.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class NoExternalRequestTests(SiteFixture site)
{
    /// <summary>Every page of a language (its pages, 404 page and embed pages) and, with Danish, the language chooser and the root 404 page.</summary>
    private IEnumerable<string> AllPages(string language) =>
        site.EveryPage(language).Concat(language == "da" ? ["", "404.html"] : []);

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Request_Nothing_From_Another_Host_On_Any_Page(string language)
    {
        var origin = new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority);
        var foreign = new List<string>();
        var pages = AllPages(language).ToList();
        Assert.True(pages.Count > 20, $"only {pages.Count} pages");

        // Given one browser page whose every request is recorded, from the first on (events arrive on another thread)
        var page = await site.Browser.NewPatientPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        foreach (var path in pages)
        {
            // When a page is loaded, then laid out for print (print styles could fetch more)
            requests.Clear();
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
            var response = await page.GotoAsync(site.BaseUrl + path);
            Assert.True(response is { Ok: true }, $"{path}: HTTP {response?.Status}");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))");

            // Then it asked for something (itself, at least), and only from the site's own origin
            Assert.False(requests.IsEmpty, $"{path}: no request was recorded at all");
            // (a data: address is read from the page itself, not fetched from anywhere)
            foreign.AddRange(requests
                .Where(url => !url.StartsWith(origin + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal))
                .Select(url => $"{path}: {url}"));
        }

        await page.CloseAsync();

        Assert.True(foreign.Count == 0, "requests to another host:\n" + string.Join('\n', foreign));
    }

    [Fact]
    public void Should_Name_No_Other_Host_In_The_Stylesheet()
    {
        // Given the two stylesheets, the site's and the tool's (a rule for a state the page tests never reach, such as :hover, could still fetch)
        var css = File.ReadAllText(BuiltStylesheet.PathIn(site.OutputFolder)) + File.ReadAllText(BuiltStylesheet.ToolPathIn(site.OutputFolder));

        // Then it imports nothing, declares no web font, and every url() is on the site (or data: inside the file)
        Assert.DoesNotMatch(ImportOrFontFace(), css);
        var remote = RemoteUrl().Matches(css).Select(m => m.Value).ToList();
        Assert.True(remote.Count == 0, "url() to another host: " + string.Join(", ", remote));
    }

    [GeneratedRegex(@"@import|@font-face", RegexOptions.IgnoreCase)]
    private static partial Regex ImportOrFontFace();

    [GeneratedRegex(@"url\(\s*['""]?\s*(?!data:)([a-z][a-z0-9+.-]*:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteUrl();
}
