using MaalMedMening.Site.BrowserTests.Support;
using MaalMedMening.Generator.Serving;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>The guide inside other sites: under a sub-path, opened from disk, and in an iframe on another origin (issue #5).</summary>
[Collection(SiteCollection.Name)]
public sealed class EmbeddingTests(SiteFixture site, ITestOutputHelper log)
{
    /// <summary>The iframe code of every full page that offers one, as a reader copies it, pointed at the test's server.</summary>
    private IReadOnlyList<(string Page, string Code)> OfferedSnippets() =>
        site.Pages("da").Concat(site.Pages("en"))
            .SelectMany(p => Regex.Matches(File.ReadAllText(Path.Combine(site.OutputFolder, p, "index.html")), "<pre class=\"embed-snippet\"><code>(.*?)</code></pre>", RegexOptions.Singleline)
                .Select(m => (p, Regex.Replace(WebUtility.HtmlDecode(m.Groups[1].Value), "src=\"https?://[^\"]*?/embed/", $"src=\"{site.BaseUrl}embed/"))))
            .ToList();

    [Theory]
    [InlineData(760)]
    [InlineData(1000)]
    public async Task Should_Fit_Every_Offered_Snippet_In_A_Host_Column_Whatever_The_Hosts_Root_Font_Size(int column)
    {
        // Given every iframe code the site offers, each pasted into a column of a page of another site whose root font size is 62.5 %
        var snippets = OfferedSnippets();
        Assert.True(snippets.Count >= 14, $"only {snippets.Count} snippets");
        using var other = new TempFolder();
        for (var i = 0; i < snippets.Count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(other.Path, $"{i}.html"), $"""
                <!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Kommunen</title>
                <style>html {"{"} font-size: 62.5%; {"}"} body {"{"} margin: 0; {"}"} .column {"{"} width: {column}px; {"}"}</style></head>
                <body><div class="column">{snippets[i].Code}</div></body></html>
                """);
        }

        await using var host = await StaticFileHost.StartAsync(other.Path, port: 0);
        var page = await site.Browser.NewPatientPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = column + 40, Height = 900 } });
        var problems = new List<string>();
        for (var i = 0; i < snippets.Count; i++)
        {
            // When the host's page is opened
            await page.GotoAsync($"{host.BaseUrl}{i}.html");
            var frame = await (await page.QuerySelectorAsync("iframe"))!.ContentFrameAsync();
            await frame!.Locator(".embed-credit").WaitForAsync();

            // Then the snippet gives the frame a height in px and a visible edge, and the framed page needs no more height than that
            var height = await page.EvalOnSelectorAsync<int>("iframe", "f => f.clientHeight");
            var needed = await frame.EvaluateAsync<int>("Math.ceil(document.documentElement.getBoundingClientRect().height)");
            var scrolls = await frame.EvaluateAsync<bool>("document.documentElement.scrollHeight > document.documentElement.clientHeight");
            log.WriteLine($"{column} px: {snippets[i].Page}: frame {height} px, page needs {needed} px");
            Assert.Matches(@"height:\d+px;border:1px solid #[0-9a-f]{6}", snippets[i].Code);
            if (needed > height || scrolls)
            {
                problems.Add($"{snippets[i].Page} at {column} px: the framed page needs {needed} px, the snippet gives {height} px");
            }
        }

        await page.CloseAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Should_Offer_The_Full_Page_Where_The_Frame_Is_Phone_Narrow()
    {
        // Given an embed page in a frame 360 px wide, and in one 760 px wide
        var narrow = await site.OpenAsync("embed/da/balance-tool/", width: 360);
        var wide = await site.OpenAsync("embed/da/balance-tool/", width: 760);

        // Then the narrow one says so and links the full page in the host's whole window; the wide one does not
        var offer = narrow.Locator(".embed-narrow a");
        Assert.True(await offer.IsVisibleAsync());
        Assert.Equal("_top", await offer.GetAttributeAsync("target"));
        Assert.Equal(await narrow.Locator(".embed-credit a").GetAttributeAsync("href"), await offer.GetAttributeAsync("href"));
        Assert.False(await wide.Locator(".embed-narrow a").IsVisibleAsync());
        await narrow.CloseAsync();
        await wide.CloseAsync();
    }

    [Fact]
    public async Task Should_Link_The_Accessibility_Statement_From_The_Front_Door()
    {
        // Given the statement's address in input/site.yml
        var statement = Regex.Match(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Input, "site.yml")), @"^accessibilityStatement:\s*(\S+)", RegexOptions.Multiline).Groups[1].Value;

        // When the language chooser at the site's root is opened
        var page = await site.OpenAsync("");

        // Then it links the statement, visibly
        var links = page.Locator($"a[href='{statement}']");
        Assert.True(await links.CountAsync() > 0);
        Assert.True(await links.First.IsVisibleAsync());
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("404.html")]
    [InlineData("da/404.html")]
    [InlineData("en/404.html")]
    [InlineData("embed/404.html")]
    [InlineData("embed/da/404.html")]
    [InlineData("embed/en/404.html")]
    public async Task Should_Declare_No_Canonical_Address_On_A_404_Page(string path)
    {
        // Given / When a 404 page
        var page = await site.OpenAsync(path);

        // Then it names no canonical address: it stands for whatever address was missing
        Assert.Equal(0, await page.Locator("link[rel=canonical]").CountAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        await page.CloseAsync();
    }

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
