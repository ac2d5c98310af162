using MaalMedMening.Generator.Pdf;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>The tests drive the same Debian Chromium as the pdf command; never a downloaded browser.</summary>
public static class Browser
{
    public static string ExecutablePath => Chromium.ExecutablePath;

    public static Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync() => Chromium.LaunchAsync();
}
