using MaalMedMening.Site.BrowserTests.Support;
using MaalMedMening.Generator.Serving;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>The guide inside other sites: under a sub-path, opened from disk, and in an iframe on another origin (issue #5).</summary>
[Collection(SiteCollection.Name)]
public sealed class EmbeddingTests(SiteFixture site)
{
    private static async Task<TempFolder> BuildAsync(Uri? siteUrl = null, bool fileLinks = false)
    {
        var output = new TempFolder();
        var code = await BuildCommand.RunAsync(new BuildOptions(RepoPaths.Input, output.Path, RepoPaths.Theme, siteUrl, fileLinks), TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, code);
        return output;
    }

    [Fact]
    public async Task Should_Work_Under_A_Sub_Path()
    {
        // Given the site built for https://example.dk/maalmedmening/ and served under /maalmedmening/
        using var output = await BuildAsync(new Uri("https://example.dk/maalmedmening/"));
        await using var host = await StaticFileHost.StartAsync(output.Path, port: 0, pathBase: "/maalmedmening");

        // When every internal link is followed from the root
        var (visited, broken) = await Crawler.CrawlAsync(site.Browser, host.BaseUrl, host.BaseUrl);

        // Then every page, stylesheet and link loads
        Assert.Empty(broken);
        Assert.True(visited > 50, $"only {visited} addresses were reached");
        var sitemap = await File.ReadAllTextAsync(Path.Combine(output.Path, "sitemap.xml"));
        Assert.Contains("<loc>https://example.dk/maalmedmening/da/forord/</loc>", sitemap);
        Assert.Contains("/maalmedmening/" + BuiltStylesheet.RelativePathIn(output.Path), await File.ReadAllTextAsync(Path.Combine(output.Path, "404.html")));
    }

    [Fact]
    public async Task Should_Work_Opened_From_Disk_With_File_Links()
    {
        using var output = await BuildAsync(fileLinks: true);
        var root = new Uri(output.Path + "/").AbsoluteUri;

        var (visited, broken) = await Crawler.CrawlAsync(site.Browser, root, root + "index.html");

        Assert.Empty(broken);
        Assert.True(visited > 50, $"only {visited} addresses were reached");
    }

    [Theory]
    [InlineData("da/oversigt/", "tbody.overview-balance")]
    [InlineData("en/find-the-balance/", "form.tool-form")]
    [InlineData("en/dialogue-tool/", "li.question-card")]
    [InlineData("da/maal-for-aktivitet-eller-vaerdiskabelse/", "li.question")]
    public async Task Should_Embed_With_The_Offered_Snippet_And_Open_Links_In_The_Parent(string fullPage, string content)
    {
        // Given the iframe code a full page offers, pasted into a page of another site
        var page = await site.OpenAsync(fullPage);
        var snippet = await page.Locator("pre.embed-snippet code").First.TextContentAsync() ?? "";
        var siteUrl = (await page.Locator("link[rel=canonical]").GetAttributeAsync("href"))![..^fullPage.Length];
        using var other = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(other.Path, "index.html"),
            $"<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Kommunen</title></head><body><h1>Kommunen</h1>{snippet.Replace(siteUrl, site.BaseUrl)}</body></html>");
        await using var host = await StaticFileHost.StartAsync(other.Path, port: 0);

        // When the other site's page is opened
        await page.GotoAsync(host.BaseUrl);
        var frame = page.FrameLocator("iframe");

        // Then the embed shows its content without the guide's header, with a credit that opens the guide in the whole window
        await frame.Locator(content).First.WaitForAsync();
        Assert.True(await frame.Locator(content).First.IsVisibleAsync());
        Assert.Equal(0, await frame.Locator(".site-header").CountAsync());
        await frame.Locator(".embed-credit a").ClickAsync();
        await page.WaitForURLAsync(site.BaseUrl + fullPage);
        Assert.Equal(site.BaseUrl + fullPage, page.Url);
        await page.CloseAsync();
    }
}
