using MaalMedMening.Generator.Output;
using Microsoft.Playwright;

namespace MaalMedMening.Generator.Pdf;

/// <summary>Prints pages of the served site to A4 PDFs with Debian's Chromium, driven by Playwright (never a downloaded browser).</summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<PdfPrinter> StartAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        return new PdfPrinter(playwright, browser);
    }

    /// <summary>Prints <paramref name="target"/> from the site at <paramref name="baseUrl"/> into <paramref name="outputFolder"/>.</summary>
    public async Task PrintAsync(string baseUrl, PdfPlan.Target target, string outputFolder)
    {
        // The pages forbid inline style in their CSP meta; this printer adds one rule of its own, so it sets the policy aside.
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();
        try
        {
            var url = baseUrl + target.PageOutputPath[..^"index.html".Length];
            await page.GotoAsync(url);
            // The PDF has its own running header on every page, so the page's first-page line is not needed.
            await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = ".print-line { display: none !important; }" });
            var path = Path.Combine(outputFolder, target.PdfPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await page.PdfAsync(new PagePdfOptions
            {
                Path = path,
                Format = "A4",
                PreferCSSPageSize = true,
                Tagged = true,
                Outline = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = $"<div style=\"font: 7pt sans-serif; color: #555; width: 100%; padding: 0 12mm;\"><span class=\"title\"></span> · {System.Net.WebUtility.HtmlEncode(target.LanguageName)}</div>",
                FooterTemplate = "<div style=\"font: 7pt sans-serif; color: #555; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between;\"><span class=\"url\"></span><span><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></span></div>",
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
