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

    /// <summary>$CHROMIUM_PATH, else Debian's /usr/bin/chromium.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<PdfPrinter> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException($"Chromium not found at {ChromiumPath}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine may have no network; these stop Chromium's own background requests.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new PdfPrinter(playwright, browser);
    }

    /// <summary>Prints <paramref name="target"/> from the site at <paramref name="baseUrl"/> into <paramref name="outputFolder"/>.</summary>
    public async Task PrintAsync(string baseUrl, PdfPlan.Target target, string outputFolder)
    {
        var page = await _browser.NewPageAsync();
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
