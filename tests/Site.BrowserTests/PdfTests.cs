using System.Diagnostics;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>The pdf command prints the booklet, its chapters and the dialogue sheet to A4 PDFs in both languages (issue #5).</summary>
public sealed partial class PdfTests : IAsyncLifetime
{
    private readonly TempFolder _output = new();
    private int _exitCode;

    public async Task InitializeAsync() =>
        _exitCode = await PdfCommand.RunAsync(new BuildOptions(RepoPaths.Input, _output.Path, RepoPaths.Theme, PdfLinks: true), TextWriter.Null, TextWriter.Null);

    public Task DisposeAsync()
    {
        _output.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("da", "hele-haeftet", "dialogvaerktoej", "gruppeark", "forord", "Forord", "DSB: Måltal holder arbejdsmiljøarbejdet på sporet")]
    [InlineData("en", "whole-booklet", "dialogue-tool", "group-sheet", "foreword", "Foreword", "Topdanmark: Customer-focused measurement creates new pride")]
    public void Should_Print_The_Booklet_Chapters_And_Dialogue_Sheet(string language, string booklet, string sheet, string groupSheet, string chapter, string firstChapter, string aCase)
    {
        Assert.Equal(0, _exitCode);
        var folder = Path.Combine(_output.Path, "pdf", language);
        var pdfs = Directory.GetFiles(folder, "*.pdf");

        // The whole booklet, its 15 chapters, the dialogue sheet and the group sheet (one A4 for up to eight participants)
        Assert.Equal(18, pdfs.Length);
        Assert.InRange(Pages(Path.Combine(folder, booklet + ".pdf")), 20, 60);
        Assert.Equal(2, Pages(Path.Combine(folder, sheet + ".pdf")));
        Assert.Equal(1, Pages(Path.Combine(folder, groupSheet + ".pdf")));
        Assert.All(pdfs, pdf => Assert.InRange(Pages(pdf), 1, 60));

        // Their text holds the chapter titles, and each has its title and language set
        var text = Run("pdftotext", $"-layout {Path.Combine(folder, booklet + ".pdf")} -");
        Assert.Contains(firstChapter, text);
        Assert.Contains(aCase, text);
        Assert.Contains($"Title:           {firstChapter} –", Run("pdfinfo", Path.Combine(folder, chapter + ".pdf")));
        Assert.Contains($"/Lang ({language})", File.ReadAllText(Path.Combine(folder, chapter + ".pdf"), System.Text.Encoding.Latin1));
    }

    [Fact]
    public void Should_Print_Public_Addresses_And_Link_Only_To_Them()
    {
        // Given every PDF the command made, and the site's public address (site.yml's siteUrl)
        Assert.Equal(0, _exitCode);
        var diagnostics = new MaalMedMening.Generator.Diagnostics.DiagnosticBag();
        var siteUrl = MaalMedMening.Generator.Content.SettingsReader.Read(RepoPaths.Input, null, diagnostics)!.SiteUrl.AbsoluteUri;
        var pdfs = Directory.GetFiles(Path.Combine(_output.Path, "pdf"), "*.pdf", SearchOption.AllDirectories);

        // When every link annotation (/URI) of every PDF is read from its bytes
        var uris = pdfs.SelectMany(pdf => LinkUri().Matches(File.ReadAllText(pdf, System.Text.Encoding.Latin1))
            .Select(m => (Pdf: Path.GetFileName(pdf), Uri: m.Groups[1].Value.Replace(@"\(", "(", StringComparison.Ordinal).Replace(@"\)", ")", StringComparison.Ordinal)))).ToList();

        // Then none points at the local server that printed them or anywhere but an absolute public address
        var bad = uris.Where(u => !Uri.TryCreate(u.Uri, UriKind.Absolute, out var uri) || uri.IsLoopback || uri.Host == "localhost"
            || (uri.Scheme != "https" && uri.Scheme != "http" && uri.Scheme != "mailto")).ToList();
        Assert.Empty(bad);
        Assert.Contains(uris, u => u.Uri.StartsWith(siteUrl + "da/", StringComparison.Ordinal));

        // And the running line prints the page's public address
        var text = Run("pdftotext", $"-layout {Path.Combine(_output.Path, "pdf", "da", "forord.pdf")} -");
        Assert.Contains(siteUrl + "da/forord/", text);
        Assert.DoesNotContain("127.0.0.1", text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/URI\s*\(((?:\\.|[^\\)])*)\)")]
    private static partial System.Text.RegularExpressions.Regex LinkUri();

    [Fact]
    public void Should_Link_Each_Printed_Page_To_Its_Pdf()
    {
        Assert.Equal(0, _exitCode);
        var html = File.ReadAllText(Path.Combine(_output.Path, "da", "forord", "index.html"));

        Assert.Contains("<a href=\"../../pdf/da/forord.pdf\" type=\"application/pdf\">", html);
        Assert.True(File.Exists(Path.Combine(_output.Path, "pdf", "da", "forord.pdf")));
    }

    private static int Pages(string pdf) =>
        int.Parse(Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} did not start; ./test.sh installs poppler-utils");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
