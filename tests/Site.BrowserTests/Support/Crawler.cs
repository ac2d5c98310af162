using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>Follows every link and stylesheet a site's pages name, in Chromium, staying below the site's root address.</summary>
public static class Crawler
{
    /// <returns>Addresses that did not load, each with the page that linked to it.</returns>
    public static async Task<(int Visited, List<string> Broken)> CrawlAsync(IBrowser browser, string root, string start)
    {
        var page = await browser.NewPatientPageAsync();
        var seen = new HashSet<string> { start };
        var queue = new Queue<(string Url, string From)>([(start, "(start)")]);
        var broken = new List<string>();
        while (queue.Count > 0 && seen.Count < 2000)
        {
            var (url, from) = queue.Dequeue();
            var response = await page.GotoAsync(url);
            // file:// pages have no HTTP response; a missing file shows Chromium's error page instead.
            var ok = response?.Ok ?? !page.Url.StartsWith("chrome-error:", StringComparison.Ordinal);
            if (!ok || (url.StartsWith("file:", StringComparison.Ordinal) && !File.Exists(new Uri(url).LocalPath)))
            {
                broken.Add($"{url} (from {from})");
                continue;
            }

            if (!url.EndsWith(".html", StringComparison.Ordinal) && !url.EndsWith('/'))
            {
                continue;
            }

            var links = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('a[href], link[rel=stylesheet]')].map(e => e.href.split('#')[0])");
            foreach (var link in links.Where(l => l.StartsWith(root, StringComparison.Ordinal) && seen.Add(l)))
            {
                queue.Enqueue((link, url));
            }
        }

        await page.CloseAsync();
        return (seen.Count, broken);
    }
}
