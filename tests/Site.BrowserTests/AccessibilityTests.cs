using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>axe-core, in real Chromium, with the WCAG 2.1 A and AA rules: no violations on any page (issue #6), in the light and the dark colour scheme (issue #15).</summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("da", ColorScheme.Light)]
    [InlineData("en", ColorScheme.Light)]
    [InlineData("da", ColorScheme.Dark)]
    [InlineData("en", ColorScheme.Dark)]
    public async Task Should_Have_No_Axe_Violations_On_Any_Page(string language, ColorScheme scheme)
    {
        var violations = new List<string>();
        foreach (var path in site.Pages(language).Append(""))
        {
            var page = await site.OpenAsync(path, colorScheme: scheme);
            var result = await page.RunAxe(Wcag21AA);
            violations.AddRange(result.Violations.Select(v =>
                $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await page.CloseAsync();
        }

        Assert.Empty(violations);
    }
}
