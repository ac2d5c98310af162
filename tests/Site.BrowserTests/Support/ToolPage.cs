using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tool;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>What a team does on a balance tool page, and what it then sees: shared by the real site's and the fixture's tests.</summary>
public static class ToolPage
{
    /// <summary>The real site's balance ids, in order, as the build loads them from input/da/data/balances.yml.</summary>
    public static IReadOnlyList<string> RealBalances { get; } = LoadRealBalances();

    /// <summary>The ids of the advice blocks the browser shows, in order.</summary>
    public static async Task<IReadOnlyList<string>> VisibleAdviceAsync(IPage page) =>
        (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.tool-block')].filter(e => e.checkVisibility()).map(e => e.id)"))
            .Order(StringComparer.Ordinal).ToList();

    public static Task ChooseAsync(IPage page, string balance, AnswerKind kind, int position) =>
        page.ClickAsync($"label:has(#{FormIds.Radio(balance, kind, position)})");

    private static IReadOnlyList<string> LoadRealBalances()
    {
        var diagnostics = new DiagnosticBag();
        var balances = DataLoader.Load(Path.Combine(RepoPaths.Input, "da"), "da", diagnostics).Balances.Select(b => b.Id).ToList();
        Assert.False(diagnostics.HasErrors);
        return balances;
    }
}
