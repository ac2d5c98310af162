using System.Text.RegularExpressions;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Pdf;

/// <summary>Which pages the pdf command prints follows from the pages' layout and front matter, never from a list in code (issue #23).</summary>
public sealed partial class PdfPlanTests
{
    [Fact]
    public async Task Should_Print_Pages_Of_Paper_Layouts_And_Pages_Marked_Pdf_Only()
    {
        // Given, in each language, a cards page, a tool page, a page marked pdf: true, one marked pdf: false and a plain page
        using var site = new TestSite();
        foreach (var language in new[] { "da", "en" })
        {
            site.Write($"{language}/kort.md", TestSite.Page("Kort", "cards", "kort", "Tekst.", weight: 20, extra: "layout: cards\n"));
            site.Write($"{language}/vaerktoej.md", TestSite.Page("Værktøj", "tool", "vaerktoej", "Tekst.", weight: 30, extra: "layout: tool\n"));
            site.Write($"{language}/ark.md", TestSite.Page("Ark", "leaflet", "ark", "Tekst.", weight: 40, extra: "pdf: true\n"));
            site.Write($"{language}/ikke.md", TestSite.Page("Ikke", "not-printed", "ikke", "Tekst.", weight: 50, extra: "pdf: false\n"));
        }

        // When built
        var report = await new SiteBuilder(new BuildOptions(site.Input, site.Output, RepoPaths.Theme), TextWriter.Null).BuildAsync();

        // Then exactly those three pages get a PDF in each language, named after their slug
        var pdfs = report.PdfTargets.Select(t => t.PdfPath).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["pdf/da/ark.pdf", "pdf/da/kort.pdf", "pdf/da/vaerktoej.pdf", "pdf/en/ark.pdf", "pdf/en/kort.pdf", "pdf/en/vaerktoej.pdf"], pdfs);
        // And each carries what its document information needs: the page's description and the publisher of its language
        Assert.All(report.PdfTargets, t => Assert.Equal($"About {t.Title}.", t.Description));
        Assert.All(report.PdfTargets, t => Assert.False(string.IsNullOrWhiteSpace(t.Publisher)));
    }

    [Fact]
    public async Task Should_Reject_A_Pdf_Field_That_Is_Not_True_Or_False()
    {
        // Given a page whose pdf: is neither true nor false
        using var site = new TestSite();
        site.Write("da/ark.md", TestSite.Page("Ark", "leaflet", "ark", "Tekst.", weight: 40, extra: "pdf: ja\n"));
        site.Write("en/ark.md", TestSite.Page("Sheet", "leaflet", "ark", "Text.", weight: 40, extra: "pdf: true\n"));

        // When built
        var outcome = await site.BuildAsync();

        // Then the build fails at that line, saying what to write
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.ErrorLines, line => BadPdfField().IsMatch(line));
    }

    [GeneratedRegex(@"^input/da/ark\.md:\d+: error: 'pdf' must be true or false, not 'ja' \[MM\d{3}\]$")]
    private static partial Regex BadPdfField();
}
