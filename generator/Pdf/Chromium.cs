using Microsoft.Playwright;

namespace MaalMedMening.Generator.Pdf;

/// <summary>Debian's Chromium, driven by Playwright: never a downloaded browser. Used by the pdf command and the browser tests.</summary>
public static class Chromium
{
    /// <summary>$CHROMIUM_PATH, else Debian's /usr/bin/chromium.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <exception cref="FileNotFoundException">There is no Chromium at <see cref="ExecutablePath"/>.</exception>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException($"Chromium not found at {ExecutablePath}; install Debian's chromium (apt-get install chromium; ./test.sh does it) or set CHROMIUM_PATH");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The machine may have no network beyond loopback; these stop Chromium's own background requests.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }
}
