using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>
/// The pdf command prints every page meant for paper to A4 PDFs in both languages (issues #5 and #23), together with
/// the compressed copies a deploy needs; the PDFs are read back with poppler (pdfinfo, pdftotext, its word boxes).
/// </summary>
public sealed partial class PdfTests(PdfTests.PdfRun run) : IClassFixture<PdfTests.PdfRun>
{
    /// <summary>One run of <c>pdf --precompress</c> for the whole class: printing every PDF takes minutes.</summary>
    public sealed class PdfRun : IAsyncLifetime
    {
        public TempFolder Output { get; } = new();

        public int ExitCode { get; private set; }

        public async Task InitializeAsync() =>
            ExitCode = await PdfCommand.RunAsync(new BuildOptions(RepoPaths.Input, Output.Path, RepoPaths.Theme, PdfLinks: true, Precompress: true), TextWriter.Null, TextWriter.Null);

        public Task DisposeAsync()
        {
            Output.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly TempFolder _output = run.Output;
    private readonly int _exitCode = run.ExitCode;

    [Theory]
    [InlineData("da", "hele-haeftet", "dialogvaerktoej", "gruppeark", "forord", "Forord", "DSB: Måltal holder arbejdsmiljøarbejdet på sporet")]
    [InlineData("en", "whole-booklet", "dialogue-tool", "group-sheet", "foreword", "Foreword", "Topdanmark: Customer-focused measurement creates new pride")]
    public void Should_Print_The_Booklet_Chapters_And_Dialogue_Sheet(string language, string booklet, string sheet, string groupSheet, string chapter, string firstChapter, string aCase)
    {
        Assert.Equal(0, _exitCode);
        var folder = Path.Combine(_output.Path, "pdf", language);
        var pdfs = Directory.GetFiles(folder, "*.pdf");

        // The whole booklet, its 15 chapters, the dialogue sheet, the group sheet (one A4 for up to eight participants),
        // the cards, the tool's blank exercise, the question index and the three tool cards
        Assert.Equal(24, pdfs.Length);
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

    [Theory]
    [InlineData("da", "dialogkort", "find-balancen", "alle-spoergsmaal", "praestationsledelse", "maalinger-og-performancekrav", "maal-og-resultatplan")]
    [InlineData("en", "dialogue-cards", "find-the-balance", "all-questions", "performance-leadership", "measurement-and-performance-requirements", "goals-and-results-plan")]
    public void Should_Print_The_Cards_The_Blank_Exercise_The_Question_Index_And_Each_Tool_Card(string language, params string[] names)
    {
        Assert.Equal(0, _exitCode);
        var folder = Path.Combine(_output.Path, "pdf", language);

        // Every one of them is there, opens without a complaint from poppler, and holds text
        Assert.All(names, name => Assert.True(File.Exists(Path.Combine(folder, name + ".pdf")), $"{name}.pdf is missing"));
        Assert.All(names, name => Assert.Equal("", Run("pdfinfo", Path.Combine(folder, name + ".pdf"), errors: true)));
        Assert.All(names, name => Assert.True(Run("pdftotext", $"{Path.Combine(folder, name + ".pdf")} -").Length > 500, $"{name}.pdf has no text"));
        // The 25 cards on four sheets of eight (the last holds one); the blank exercise on one sheet
        Assert.Equal(4, Pages(Path.Combine(folder, names[0] + ".pdf")));
        Assert.Equal(1, Pages(Path.Combine(folder, names[1] + ".pdf")));
    }

    [Theory]
    [InlineData("da", "forord", "BrancheFællesskabet for Arbejdsmiljø for Velfærd og Offentlig administration (BFA)")]
    [InlineData("en", "foreword", "the Sector Working Environment Community for Welfare and Public Administration (BFA)")]
    public void Should_Name_The_Publisher_And_The_Generator_In_The_Document_Information(string language, string chapter, string publisher)
    {
        Assert.Equal(0, _exitCode);
        var info = Run("pdfinfo", Path.Combine(_output.Path, "pdf", language, chapter + ".pdf"));

        Assert.Contains($"Author:          {publisher}\n", info);
        Assert.Matches(@"(?m)^Creator:\s+maalmedmening \d+\.\d+\.\d+$", info);
        Assert.Matches(@"(?m)^Producer:\s+Chromium \d+", info);
        Assert.Matches(@"(?m)^Subject:\s+\S", info);
        Assert.DoesNotContain("Mozilla", info);
    }

    [Fact]
    public void Should_Write_Compressed_Copies_Beside_The_Pages_With_The_Pdfs()
    {
        // pdf --precompress: one command for the whole deployable folder
        Assert.Equal(0, _exitCode);
        Assert.Empty(PdfCommand.Create(new CommonOptions()).Parse(["--precompress"]).Errors);
        foreach (var page in new[] { "da/dialogkort/index.html", "en/dialogue-cards/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(_output.Path, page + ".gz")), page + ".gz");
            Assert.True(File.Exists(Path.Combine(_output.Path, page + ".br")), page + ".br");
        }

        // The compressed page is the page that links to its PDF
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(_output.Path, "da/dialogkort/index.html.gz")), System.IO.Compression.CompressionMode.Decompress);
        Assert.Contains("../../pdf/da/dialogkort.pdf", new StreamReader(gzip).ReadToEnd());
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void Should_Print_Eight_Cards_On_A_Sheet_Each_Text_Inside_Its_Box(string language)
    {
        Assert.Equal(0, _exitCode);
        var pdf = Path.Combine(_output.Path, "pdf", language, language == "da" ? "dialogkort.pdf" : "dialogue-cards.pdf");
        var pages = PdfWords.Read(pdf);

        // The first sheet holds eight cards, as do the next two; the 25th is alone on the fourth
        Assert.Equal([8, 8, 8, 1], pages.Select(page => page.Cards().Count).ToList());

        // Each card's words lie inside its box with room to cut: the box is one row's pitch high (the distance between
        // two labels in a column) and half the text width wide (which starts where the title does)
        var textLeft = pages[0].Body().OrderBy(w => w.Top).First().Left;
        var pitch = pages[0].Cards().Where(c => c.Column == 0).Select(c => c.Label.Top).ToList() is var tops ? tops[1] - tops[0] : 0;
        Assert.InRange(pitch, PdfWords.Mm(55), PdfWords.Mm(75));
        foreach (var (page, number) in pages.Select((p, i) => (p, i + 1)))
        {
            foreach (var card in page.Cards())
            {
                var bottom = card.Words.Max(w => w.Bottom);
                Assert.True(bottom <= card.Label.Top + pitch - PdfWords.Mm(8),
                    $"page {number}: the card '{card.Label.Text}…' ends {PdfWords.ToMm(bottom - card.Label.Top):0.0} mm below its label, past its box of {PdfWords.ToMm(pitch):0.0} mm");
                var (left, right) = card.Column == 0 ? (textLeft, page.Middle) : (page.Middle, page.Width - textLeft);
                Assert.All(card.Words, w => Assert.True(w.Left >= left + PdfWords.Mm(3) && w.Right <= right - PdfWords.Mm(3),
                    $"page {number}: '{w.Text}' stands outside its card's column"));
            }
        }
    }

    [Theory]
    [InlineData("da", "hele-haeftet")]
    [InlineData("en", "whole-booklet")]
    public void Should_Keep_Every_Word_Of_The_Booklets_First_Page_Inside_The_Text_Margin(string language, string booklet)
    {
        Assert.Equal(0, _exitCode);
        var first = PdfWords.Read(Path.Combine(_output.Path, "pdf", language, booklet + ".pdf"))[0];

        // The page's text margin is where its title starts; the running header and footer stand in the page margin
        var body = first.Body();
        var margin = body[0].Left;
        Assert.All(body, w => Assert.True(w.Left >= margin - 0.5, $"'{w.Text}' stands {margin - w.Left:0.0} pt left of the text margin"));
        // And the contents numbers its entries once: no list number before a chapter's own ("6. 1. …")
        Assert.DoesNotMatch(@"(?m)^\s*\d+\.\s+\d+\.\s", Run("pdftotext", $"-layout -f 1 -l 2 {Path.Combine(_output.Path, "pdf", language, booklet + ".pdf")} -"));
    }

    [Theory]
    [InlineData("da", "hele-haeftet")]
    [InlineData("en", "whole-booklet")]
    public void Should_Leave_No_Page_Of_The_Booklet_With_Only_A_Line_Or_Two(string language, string booklet)
    {
        Assert.Equal(0, _exitCode);
        var pages = PdfWords.Read(Path.Combine(_output.Path, "pdf", language, booklet + ".pdf"));

        // A chapter's last lines, a list of questions, a paragraph's end are kept with what comes before them
        Assert.All(pages.Select((page, i) => (Lines: page.Lines(), Number: i + 1)), page =>
            Assert.True(page.Lines >= 3, $"page {page.Number} of {pages.Count} holds only {page.Lines} line(s)"));
    }

    [Theory]
    [InlineData("da", "dialogvaerktoej", "Hvad skulle der konkret til for")]
    [InlineData("en", "dialogue-tool", "What would it take in practice")]
    public void Should_Print_The_Exercise_On_The_Sheet_Of_The_Balances_It_Is_About(string language, string sheet, string lastQuestion)
    {
        Assert.Equal(0, _exitCode);
        var pdf = Path.Combine(_output.Path, "pdf", language, sheet + ".pdf");

        Assert.Equal(2, Pages(pdf));
        Assert.Contains(lastQuestion, Run("pdftotext", $"-f 1 -l 1 {pdf} -"));
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

    private static int Pages(string pdf) => Poppler.Pages(pdf);

    private static string Run(string tool, string arguments, bool errors = false) => Poppler.Run(tool, arguments, errors);
}
