using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Serving;
using MaalMedMening.Site.BrowserTests.Support;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>A page served by <c>serve</c> reloads by itself after an input file changes, and shows a failed build's errors (issue #16).</summary>
public sealed class PreviewReloadTests
{
    // A rebuild and a reload; ends as soon as the page shows it.
    private const float Patience = Browser.Patience;

    [Fact]
    public async Task Should_Reload_The_Open_Page_After_Each_Rebuild_And_Show_A_Failed_Build()
    {
        // Given a copy of the real input served by the preview, which watches it, and the foreword open in the browser
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "input");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(input, Path.GetRelativePath(RepoPaths.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var options = new BuildOptions(input, Path.Combine(folder.Path, "output"), RepoPaths.Theme) { InPlace = true, AllowMissingTranslations = true };
        await using var server = new PreviewServer(options, 0, (wrap, errors) => BuildCommand.RunAsync(options, TextWriter.Null, errors, wrap), TextWriter.Null);
        Assert.Equal(0, await server.BuildAsync());
        var address = await server.StartAsync();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPatientPageAsync();
        var scriptErrors = new List<string>();
        // The error page's status 500 is logged too; what counts is a script that fails or a policy that blocks it.
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { scriptErrors.Add(message.Text); } };
        await page.GotoAsync(address + "da/forord/");
        await page.EvaluateAsync("window.notReloaded = true");
        var foreword = Path.Combine(input, "da", "foreword.md");
        var text = await File.ReadAllTextAsync(foreword);

        // When the foreword's text changes on disk
        await File.WriteAllTextAsync(foreword, text.Replace("God læselyst!", "God læselyst igen!", StringComparison.Ordinal));

        // Then the open page reloads by itself and shows the new text
        await Assertions.Expect(page.GetByText("God læselyst igen!")).ToBeVisibleAsync(new() { Timeout = Patience });
        Assert.Null(await page.EvaluateAsync<bool?>("window.notReloaded"));

        // When the foreword gets a link to a missing page, the page shows the error; fixed, the page comes back
        await File.WriteAllTextAsync(foreword, text.Replace("God læselyst!", "God [læselyst](mangler.md)!", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".build-errors li").First).ToContainTextAsync("[MM020]", new() { Timeout = Patience });
        await File.WriteAllTextAsync(foreword, text);
        await Assertions.Expect(page.GetByText("God læselyst!")).ToBeVisibleAsync(new() { Timeout = Patience });
        Assert.Empty(scriptErrors);
    }
}
