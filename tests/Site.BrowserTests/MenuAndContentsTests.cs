using System.Text.Json;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>
/// Finding one's way without script: the header menu and the skip link on every page, "On this page"
/// contents whose links land, the menu by keyboard on a phone, and the favicon.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MenuAndContentsTests(SiteFixture site)
{
    // What a page offers for finding one's way, as the browser renders it: the menu landmarks by their accessible
    // role, the visible menu links, the skip link, the sections (level-2 headings in main, outside navigation) and
    // the contents links with whether each lands on an element of the page (the subject index's letters are its contents).
    private const string Survey = """
        () => {
          const visible = e => e.checkVisibility({ visibilityProperty: true });
          const menus = [...document.querySelectorAll('nav')].filter(n => n.classList.contains('site-menu'));
          const contents = document.querySelector('nav.page-contents, nav.booklet-contents, nav.index-letters');
          const links = contents ? [...contents.querySelectorAll('a')].map(a => a.getAttribute('href')) : [];
          return JSON.stringify({
            menus: menus.length,
            menuNamed: menus.every(n => (n.getAttribute('aria-label') || '').length > 0),
            menuLinks: menus.flatMap(n => [...n.querySelectorAll('a')].filter(visible).map(a => a.getAttribute('href'))).length,
            menuSummaryVisible: menus.some(n => [...n.querySelectorAll('summary')].some(visible)),
            navLandmarks: [...document.querySelectorAll('nav')].filter(visible).map(n => n.getAttribute('aria-label') || n.getAttribute('aria-labelledby') || ''),
            skipLink: document.querySelector('a.skip-link[href="#main"]') !== null && document.getElementById('main') !== null,
            sections: [...document.querySelectorAll('main h2')].filter(h => !h.closest('nav')).length,
            contentsLinks: links,
            unresolved: links.filter(h => !h.startsWith('#') || !document.getElementById(decodeURIComponent(h.slice(1)))),
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Found(int Menus, bool MenuNamed, int MenuLinks, bool MenuSummaryVisible, string[] NavLandmarks, bool SkipLink,
        int Sections, string[] ContentsLinks, string[] Unresolved);

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Have_The_Menu_The_Skip_Link_And_Working_Contents_On_Every_Page(string language)
    {
        var problems = new List<string>();
        var paths = site.Pages(language).Append($"{language}/404.html").ToList();
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await site.OpenAsync(paths[0], width);
            foreach (var path in paths)
            {
                // Given a page, at a wide and a phone width
                await page.GotoAsync(site.BaseUrl + path);

                // When what it offers for finding one's way is read
                var found = JsonSerializer.Deserialize<Found>(await page.EvaluateAsync<string>(Survey), Json)!;

                // Then it has one named menu, shown as links when wide and as a disclosure on a phone, and the skip link
                void Expect(bool condition, string what)
                {
                    if (!condition)
                    {
                        problems.Add($"{path} at {width} px: {what}");
                    }
                }

                Expect(found.Menus == 1 && found.MenuNamed, $"expected one named menu, found {found.Menus}");
                // (A 404 page links its stylesheet at the site's published path, which this test server does not use.)
                var styled = !path.EndsWith("404.html", StringComparison.Ordinal);
                Expect(!styled || (width > 320 ? found.MenuLinks >= 3 && !found.MenuSummaryVisible : found.MenuLinks == 0 && found.MenuSummaryVisible),
                    $"menu shows {found.MenuLinks} links, summary visible: {found.MenuSummaryVisible}");
                Expect(found.NavLandmarks.Length == found.NavLandmarks.Distinct().Count(), $"navigation landmarks share a name: {string.Join(", ", found.NavLandmarks)}");
                Expect(found.SkipLink, "no skip link to #main");

                // And with three or more sections it has contents, each of whose links lands on the page
                Expect(found.Sections < 3 || found.ContentsLinks.Length >= 3, $"{found.Sections} sections but {found.ContentsLinks.Length} contents links");
                Expect(found.Unresolved.Length == 0, $"contents links that land nowhere: {string.Join(", ", found.Unresolved)}");
            }

            await page.CloseAsync();
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("da/praestationsmaal-i-praksis/dsb/")]
    [InlineData("en/performance-targets-in-practice/dsb/")]
    public async Task Should_Open_The_Menu_And_Reach_Its_Links_By_Keyboard_On_A_Phone(string path)
    {
        // Given a case page on a 320 px phone
        var page = await site.OpenAsync(path, width: 320, height: 700);
        var summary = page.Locator("nav.site-menu summary");

        // When the reader tabs to the menu's summary
        for (var i = 0; i < 10 && !await summary.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        // Then it has the focus, visibly, and is closed
        Assert.True(await summary.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab never reached the menu");
        Assert.True(await FocusVisibleAsync(page), "the summary's focus is not visible");
        Assert.False(await page.Locator("details.site-menu-narrow").EvaluateAsync<bool>("d => d.open"));

        // When Enter opens it and Tab moves on
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("details.site-menu-narrow").EvaluateAsync<bool>("d => d.open"), "Enter did not open the menu");
        await page.Keyboard.PressAsync("Tab");

        // Then the focus is on the menu's first link, visibly, and every link of the menu can be seen
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('details.site-menu-narrow') ? document.activeElement.getAttribute('href') : '(outside the menu)'");
        Assert.Equal(await page.Locator("details.site-menu-narrow a").First.GetAttributeAsync("href"), focused);
        Assert.True(await FocusVisibleAsync(page), "the link's focus is not visible");
        foreach (var link in await page.Locator("details.site-menu-narrow a").AllAsync())
        {
            Assert.True(await link.IsVisibleAsync());
        }

        // And the section this page belongs to is marked as the current one
        Assert.Equal(1, await page.Locator("details.site-menu-narrow a[aria-current=true]").CountAsync());

        // And on the page that link leads to, the menu marks that page as the current one
        var target = await page.EvaluateAsync<string>("() => document.activeElement.href");
        await page.GotoAsync(target);
        Assert.Equal(1, await page.Locator("details.site-menu-narrow a[aria-current=page]").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Should_Answer_The_Favicon_At_The_Root()
    {
        // Given the site's root, where browsers and page audits ask for the icon whatever a page links
        using var http = new HttpClient();

        // When /favicon.ico and each page's linked icon are fetched
        using var ico = await http.GetAsync(site.BaseUrl + "favicon.ico");
        var page = await site.OpenAsync("da/");
        var icon = await page.Locator("link[rel=icon]").EvaluateAsync<string>("l => l.href");
        using var svg = await http.GetAsync(icon);

        // Then both are there
        Assert.Equal(200, (int)ico.StatusCode);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, (await ico.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(200, (int)svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        await page.CloseAsync();
    }

    private static Task<bool> FocusVisibleAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => {
          const s = getComputedStyle(document.activeElement);
          const r = document.activeElement.getBoundingClientRect();
          return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0;
        }
        """);
}
