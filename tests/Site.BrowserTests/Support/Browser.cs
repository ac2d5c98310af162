using MaalMedMening.Generator.Pdf;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>The tests drive the same Debian Chromium as the pdf command; never a downloaded browser.</summary>
public static class Browser
{
    /// <summary>
    /// How long any one wait may last, in milliseconds. Every wait ends on its event (a load, an element, an assertion
    /// that holds), so a generous bound costs a passing test nothing; Playwright's own 30 s (5 s for an assertion)
    /// lost tests on a machine at load 15–22.
    /// </summary>
    public const float Patience = 120_000;

    public static string ExecutablePath => Chromium.ExecutablePath;

    public static Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assertions.SetDefaultExpectTimeout(Patience);
        return Chromium.LaunchAsync();
    }

    /// <summary>A new page whose waits are bounded by <see cref="Patience"/>.</summary>
    public static async Task<IPage> NewPatientPageAsync(this IBrowser browser, BrowserNewPageOptions? options = null)
    {
        var page = await browser.NewPageAsync(options);
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(Patience);
        return page;
    }

    /// <summary>A new context whose pages' waits are bounded by <see cref="Patience"/>.</summary>
    public static async Task<IBrowserContext> NewPatientContextAsync(this IBrowser browser, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        return context;
    }
}
