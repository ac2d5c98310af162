using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>Finding the way without JavaScript: the question index, the subject index and tables that fit a phone.</summary>
[Collection(SiteCollection.Name)]
public sealed class IndexAndTableTests(SiteFixture site)
{
    [Theory]
    [InlineData("da/alle-spoergsmaal/")]
    [InlineData("en/all-questions/")]
    public async Task Should_List_Exactly_The_25_Questions_Each_Landing_On_That_Question(string path)
    {
        // Given the question index
        var page = await site.OpenAsync(path);
        var links = await page.EvalOnSelectorAllAsync<string[][]>(".question-index-item a", "as => as.map(a => [a.href, a.textContent])");

        // Then it holds 25 different questions
        Assert.Equal(25, links.Length);
        Assert.Equal(25, links.Select(l => l[1]).Distinct().Count());

        // And each link lands on an element that shows that very question
        var misses = new List<string>();
        foreach (var link in links)
        {
            var target = await site.Browser.NewPatientPageAsync();
            var response = await target.GotoAsync(link[0]);
            var fragment = new Uri(link[0]).Fragment.TrimStart('#');
            var text = fragment.Length == 0 ? null : await target.EvaluateAsync<string?>("id => document.getElementById(id)?.textContent ?? null", fragment);
            if (response is not { Ok: true } || text?.Trim() != link[1].Trim())
            {
                misses.Add($"{link[0]}: {text ?? "no target"}");
            }

            await target.CloseAsync();
        }

        Assert.Empty(misses);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("da/stikordsregister/", "V", "Ø")]
    [InlineData("en/subject-index/", "A", "W")]
    public async Task Should_Resolve_Every_Subject_Index_Link_And_Sort_By_The_Languages_Alphabet(string path, string before, string after)
    {
        // Given the subject index
        var page = await site.OpenAsync(path);
        var letters = await page.EvalOnSelectorAllAsync<string[]>(".index-letters a", "as => as.map(a => a.textContent)");
        var headings = await page.EvalOnSelectorAllAsync<string[]>(".index-letter h2", "hs => hs.map(h => h.textContent)");
        var links = await page.EvalOnSelectorAllAsync<string[]>(".index-links a", "as => as.map(a => a.href)");

        // Then the letters lead to the sections, in the language's order (Danish: æ, ø, å after z)
        Assert.Equal(headings, letters);
        Assert.True(Array.IndexOf(letters, before) >= 0 && Array.IndexOf(letters, before) < Array.IndexOf(letters, after), string.Join(" ", letters));
        Assert.True(links.Length > 40, $"only {links.Length} links");

        // And every link lands on an existing page and, where it names one, an existing heading or entry
        var misses = new List<string>();
        foreach (var href in links.Distinct())
        {
            var target = await site.Browser.NewPatientPageAsync();
            var response = await target.GotoAsync(href);
            var fragment = new Uri(href).Fragment.TrimStart('#');
            var found = fragment.Length == 0 || await target.EvaluateAsync<bool>("id => document.getElementById(id) !== null", fragment);
            if (response is not { Ok: true } || !found)
            {
                misses.Add(href);
            }

            await target.CloseAsync();
        }

        Assert.Empty(misses);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Scroll_Nothing_Sideways_At_320_Px_Pages_And_Embeds_Alike(string language)
    {
        // Given every page a reader can land on, embeds included, at 320 px (the 404 pages link their stylesheet from
        // the site's root, which the test server's sub-path does not serve, so they are seen unstyled here and left out)
        var wide = new List<string>();
        foreach (var path in site.EveryPage(language).Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)).Append(""))
        {
            var page = await site.OpenAsync(path, width: 320, height: 640);

            // Then neither the page nor any part of it (a table in a scrolling box) needs sideways scrolling
            var problems = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('*')]
                  .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
                  .map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth)
                  .concat(document.documentElement.scrollWidth > document.documentElement.clientWidth ? ['page ' + document.documentElement.scrollWidth] : [])
                """);
            wide.AddRange(problems.Select(p => $"{path}: {p}"));
            await page.CloseAsync();
        }

        Assert.Empty(wide);
    }

    [Theory]
    [InlineData("da/oversigt/")]
    [InlineData("en/overview/")]
    [InlineData("embed/da/overview/")]
    public async Task Should_Keep_Table_Semantics_When_Rows_Stack_At_320_Px(string path)
    {
        // Given the overview table at 320 px, where its rows stack
        var page = await site.OpenAsync(path, width: 320, height: 640);
        Assert.Equal("block", await page.EvalOnSelectorAsync<string>("table.stack td", "td => getComputedStyle(td).display"));

        // Then Chromium's accessibility tree still has the table, its headers and its cells
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var tree = await cdp.SendAsync("Accessibility.getFullAXTree");
        var roles = tree!.Value.GetProperty("nodes").EnumerateArray()
            .Select(n => n.TryGetProperty("role", out var r) && r.TryGetProperty("value", out var v) ? v.GetString()?.ToLowerInvariant() : null)
            .ToList();
        Assert.Contains("table", roles);
        // (the three column headings and each balance's heading, which spans its group's row and names it to the cells
        // below through their headers attribute; the eight poles head their rows)
        Assert.Equal(3 + 4, roles.Count(r => r == "columnheader"));
        Assert.Equal(16, roles.Count(r => r == "cell"));
        Assert.Equal(8, roles.Count(r => r == "rowheader"));

        // And axe finds nothing wrong with the stacked table
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        await page.CloseAsync();
    }
}
