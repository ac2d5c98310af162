using System.Text.Json;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>
/// Every page works with Tab alone and shows where the focus is (issue #6, WCAG 2.1.1, 2.4.3, 2.4.7): Tab visits
/// every link, button and field in document order, one stop per radio group, each with a visible focus indicator;
/// the skip link is the first stop and moves the focus to the main content.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    // What the page offers to Tab, worked out from the DOM and marked on window.__stops: what can take focus, is
    // rendered and not disabled, with a radio group as one stop (its checked radio, else its first).
    private const string MarkStops = """
        () => {
          const describe = e => `<${e.localName}${e.id ? '#' + e.id : ''}${e.classList.length ? '.' + [...e.classList].join('.') : ''}> "${(e.innerText || e.value || e.getAttribute('href') || '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
          window.__describe = describe;
          const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
          const candidates = [...document.querySelectorAll(selector)].filter(e =>
            e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden' && !e.closest('[inert]') && e.checkVisibility({ visibilityProperty: true }));
          const stops = [];
          const groups = new Set();
          for (const e of candidates) {
            if (e.type === 'radio' && e.name) {
              if (groups.has(e.name)) continue;
              groups.add(e.name);
              const group = candidates.filter(r => r.type === 'radio' && r.name === e.name && r.form === e.form);
              stops.push(group.find(r => r.checked) ?? group[0]);
            } else {
              stops.push(e);
            }
          }
          window.__stops = stops;
          return JSON.stringify({
            names: stops.map(describe),
            positiveTabIndex: candidates.filter(e => e.tabIndex > 0).map(describe),
            skipLinkFirst: stops.length > 0 && stops[0].matches('a.skip-link[href="#main"]'),
          });
        }
        """;

    // Where the focus is now, and whether a sighted reader can see it: an outline or a box shadow on the element
    // (for a radio button of the balance tool, on its .tool-option box), on screen.
    private const string FocusNow = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return JSON.stringify({ index: -2, name: '(nothing)', indicated: true, onScreen: true });
          const shows = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)')
            || (s.boxShadow !== '' && s.boxShadow !== 'none');
          const indicated = shows(getComputedStyle(e)) || (e.matches('.tool-option input[type=radio]') && shows(getComputedStyle(e.parentElement)));
          const r = e.getBoundingClientRect();
          const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
          return JSON.stringify({ index: window.__stops.indexOf(e), name: window.__describe(e), indicated, onScreen });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Stops(string[] Names, string[] PositiveTabIndex, bool SkipLinkFirst);

    private sealed record Focus(int Index, string Name, bool Indicated, bool OnScreen);

    private static async Task<T> EvaluateAsync<T>(IPage page, string script) =>
        JsonSerializer.Deserialize<T>(await page.EvaluateAsync<string>(script), Json)!;

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Visit_Every_Control_In_Order_With_Visible_Focus_When_Tabbing(string language)
    {
        var findings = new List<string>();
        var pages = site.EveryPage(language).Concat(language == "da" ? [""] : []).ToList();
        var page = await site.OpenAsync(pages[0]);
        foreach (var path in pages)
        {
            // Given a page, freshly loaded with nothing focused, and the stops it offers
            var response = await page.GotoAsync(site.BaseUrl + path);
            Assert.True(response is { Ok: true }, $"{path}: HTTP {response?.Status}");
            var stops = await EvaluateAsync<Stops>(page, MarkStops);
            var where = path.Length == 0 ? "(language chooser)" : path;
            if (stops.Names.Length == 0)
            {
                findings.Add($"{where}: nothing to Tab to");
                continue;
            }

            findings.AddRange(stops.PositiveTabIndex.Select(name => $"{where}: positive tabindex on {name} changes the Tab order"));

            // When the reader presses Tab until the focus leaves the page or wraps round to the first stop (Chromium does either)
            var visited = new List<Focus>();
            for (var presses = 0; presses < stops.Names.Length + 10; presses++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await EvaluateAsync<Focus>(page, FocusNow);
                if (focus.Index == -2 || (focus.Index == 0 && visited.Count > 0))
                {
                    break;
                }

                visited.Add(focus);
            }

            // Then every stop was visited once, in document order, each with a visible focus indicator on screen
            var order = visited.Where(f => f.Index >= 0).Select(f => f.Index).ToList();
            if (!order.SequenceEqual(Enumerable.Range(0, stops.Names.Length)))
            {
                var at = order.Zip(Enumerable.Range(0, stops.Names.Length)).TakeWhile(p => p.First == p.Second).Count();
                findings.Add($"{where}: Tab order differs at stop {at}: expected {stops.Names.ElementAtOrDefault(at) ?? "(the end)"}, " +
                    $"got {(at < order.Count ? stops.Names[order[at]] : "(the end)")} ({order.Count} of {stops.Names.Length} stops visited)");
            }

            findings.AddRange(visited.Where(f => !f.Indicated).Select(f => $"{where}: no visible focus indicator on {f.Name}"));
            findings.AddRange(visited.Where(f => !f.OnScreen).Select(f => $"{where}: the focused {f.Name} is not on screen"));

            // And on every page of the language's own folder the skip link comes first and takes the focus to the main
            // content (the chooser has only its two links, an embed page only its framed content)
            if (path.StartsWith(language + "/", StringComparison.Ordinal))
            {
                if (!stops.SkipLinkFirst)
                {
                    findings.Add($"{where}: the first stop is {stops.Names[0]}, not the skip link to #main");
                }
                else
                {
                    await page.FocusAsync("a.skip-link");
                    await page.Keyboard.PressAsync("Enter");
                    var focused = await page.EvaluateAsync<string>("document.activeElement.id");
                    if (focused != "main")
                    {
                        findings.Add($"{where}: the skip link moved the focus to '{focused}', not to #main");
                    }
                }
            }
        }

        await page.CloseAsync();
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }
}
