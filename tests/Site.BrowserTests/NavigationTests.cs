using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>What a reader does first: open the site, choose a language, switch language, move on.</summary>
[Collection(SiteCollection.Name)]
public sealed class NavigationTests(SiteFixture site)
{
    [Fact]
    public async Task Should_Offer_Danish_First_At_The_Root()
    {
        var page = await site.OpenAsync("");

        var links = await page.Locator("a.chooser-link").AllAsync();
        var hrefs = await Task.WhenAll(links.Select(l => l.GetAttributeAsync("href")));
        Assert.Equal(new string?[] { "da/", "en/" }, hrefs);

        await links[0].ClickAsync();
        Assert.Equal("da", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Mål med mening", await page.Locator("h1").InnerTextAsync());
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Switch_Every_Page_To_Its_Twin(string language)
    {
        var other = language == "da" ? "en" : "da";
        foreach (var path in site.Pages(language))
        {
            // Given a page, its hreflang alternate in the other language
            var page = await site.OpenAsync(path);
            var canonical = await page.Locator("link[rel=canonical]").GetAttributeAsync("href");
            var twin = await page.Locator($"link[rel=alternate][hreflang={other}]").GetAttributeAsync("href");
            var siteUrl = canonical![..^path.Length];

            // When the reader uses the language switcher
            await page.Locator(".language-switch a").ClickAsync();

            // Then they land on that twin, in the other language, and its switch leads back
            Assert.Equal(other, await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal(site.BaseUrl + twin![siteUrl.Length..], page.Url);
            await page.Locator(".language-switch a").ClickAsync();
            Assert.Equal(site.BaseUrl + path, page.Url);
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_Lead_Through_The_Booklet_In_Reading_Order()
    {
        var page = await site.OpenAsync("da/");
        var visited = new List<string>();
        while (await page.Locator("a[rel=next]").CountAsync() > 0)
        {
            await page.Locator("a[rel=next]").ClickAsync();
            visited.Add(await page.Locator("h1").InnerTextAsync());
            Assert.True(visited.Count < 100, "the next links loop");
        }

        Assert.Equal(site.Pages("da").Count - 1, visited.Count);
        Assert.Equal("Forord", visited[0]);
        Assert.True(visited.IndexOf("Præstationsmål i praksis") < visited.FindIndex(t => t.StartsWith("Topdanmark", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_Focus_Main_Content_From_The_Skip_Link()
    {
        var page = await site.OpenAsync("da/forord/");

        await page.Keyboard.PressAsync("Tab");
        var first = page.Locator(":focus");
        Assert.Equal("Gå til indholdet", await first.InnerTextAsync());
        Assert.True(await first.IsVisibleAsync(), "the skip link is visible when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }
}
