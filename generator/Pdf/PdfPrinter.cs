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
            // A PDF is read away from this local server: its links to other pages of the site go to their public
            // addresses; links to places on the same page stay, and become links inside the PDF.
            await page.EvaluateAsync(PublicLinks, new[] { baseUrl, target.SiteUrl });
            var path = Path.Combine(outputFolder, target.PdfPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var title = await page.TitleAsync();
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PreferCSSPageSize = true,
                Tagged = true,
                Outline = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = $"<div style=\"font: 7pt sans-serif; color: #555; width: 100%; padding: 0 12mm;\"><span class=\"title\"></span> · {System.Net.WebUtility.HtmlEncode(target.LanguageName)}</div>",
                // The page's public address, never the local server's that printed it.
                FooterTemplate = $"<div style=\"font: 7pt sans-serif; color: #555; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between;\"><span>{System.Net.WebUtility.HtmlEncode(target.PublicUrl)}</span><span><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></span></div>",
            });
            // The booklet's own document information, not the browser's user-agent string as its Creator.
            var info = new PdfInfo(title, target.Description, target.Publisher, PdfInfo.GeneratorName, $"Chromium {_browser.Version}");
            await File.WriteAllBytesAsync(path, info.AppendTo(pdf));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    // Run in the printer's own browser, never in the site: rewrites every link into the served site to the same path under the public root.
    private const string PublicLinks = """
        ([local, root]) => {
          for (const a of document.querySelectorAll('a[href]')) {
            const url = new URL(a.getAttribute('href'), location.href);
            if (!url.href.startsWith(local)) continue;
            if (url.pathname === location.pathname && url.hash) { a.setAttribute('href', url.hash); continue; }
            a.setAttribute('href', root + url.href.slice(local.length));
          }
        }
        """;

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
