using System.IO.Compression;
using System.Text.RegularExpressions;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Output;

/// <summary>
/// Issue #30: a page and the stylesheets it links fit the first round trip (about 14 kB, TCP's initial window),
/// gzipped as a host sends them. Each part's CSS (the tool's, the cards', the booklet's…) is linked only where that
/// part is, so no page carries CSS it does not use. One page is over and named here: the whole booklet, which holds
/// every chapter for printing.
/// </summary>
public sealed partial class PageWeightTests
{
    private const int RoundTrip = 14 * 1024;

    // The heaviest pages are the balance tool's: 16.6–18.2 kB on the day the stylesheets were split; 14.9–16.4 kB once
    // the tool's CSS wrote each condition once; 13.8–15.2 kB with a stylesheet per part, short form ids and leaner tool
    // HTML; 12.9–14.0 kB once the advice titles lost their unused ids, the rules table named its advice in plain text and
    // the embeds' and the chooser's CSS left site.css (full pages: HTML 8.4–8.6 kB, site.css 2.5 kB, tool.css 3.1 kB).
    private static readonly string[] WholeBooklet = ["da/hele-haeftet/index.html", "en/whole-booklet/index.html"];

    private static readonly string[] ToolPages =
        ["da/find-balancen/index.html", "en/find-the-balance/index.html", "embed/da/balance-tool/index.html", "embed/en/balance-tool/index.html"];

    [Fact]
    public async Task Should_Fit_Every_Page_But_The_Whole_Booklet_With_Its_Stylesheets_In_14_kB_Gzipped()
    {
        // Given the real site, built
        var output = await RealSite.SharedOutputAsync();

        // When each page is weighed with the stylesheets it links
        var weights = RealSite.HtmlFiles(output)
            .Select(page => (Path: Path.GetRelativePath(output, page).Replace('\\', '/'), Bytes: Weight(output, page)))
            .ToList();

        // Then every other page fits one round trip (the tool's pages among them), and the excused one is still there
        Assert.True(weights.Count > 40, $"only {weights.Count} pages");
        Assert.Subset(weights.Select(w => w.Path).ToHashSet(), WholeBooklet.Concat(ToolPages).ToHashSet());
        var over = weights.Where(w => !WholeBooklet.Contains(w.Path) && w.Bytes > RoundTrip).ToList();
        Assert.True(over.Count == 0, "over 14 kB gzipped with their stylesheets:\n" + string.Join('\n', over));
    }

    [Fact]
    public async Task Should_Link_The_Tool_Stylesheet_Only_Where_The_Tool_Is()
    {
        // Given the real site, built
        var output = await RealSite.SharedOutputAsync();
        var tool = "assets/" + Path.GetFileName(BuiltStylesheet.ToolPathIn(output));

        // When each page's stylesheet links are read
        var linking = Linking(output, tool);

        // Then exactly the pages with the tool link it, after the site's stylesheet, and it holds the tool's @supports rules
        Assert.Equal(ToolPages.Order(StringComparer.Ordinal), linking);
        Assert.All(ToolPages, page => Assert.EndsWith(tool, Stylesheets(File.ReadAllText(Path.Combine(output, page)))[^1], StringComparison.Ordinal));
        Assert.Contains("@supports selector(:has(*))", await File.ReadAllTextAsync(BuiltStylesheet.ToolPathIn(output)), StringComparison.Ordinal);
        Assert.DoesNotContain("#group-", await File.ReadAllTextAsync(BuiltStylesheet.PathIn(output)), StringComparison.Ordinal);
        Assert.DoesNotContain(".tool-", await File.ReadAllTextAsync(BuiltStylesheet.PathIn(output)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Link_Each_Part_Stylesheet_Only_From_Pages_That_Show_Its_Part()
    {
        // Given the real site, built, and its part stylesheets
        var output = await RealSite.SharedOutputAsync();
        var parts = Directory.EnumerateFiles(Path.Combine(output, "assets", "parts"), "*.css").Order(StringComparer.Ordinal).ToList();

        // When the pages linking each are listed
        var linkedBy = parts.ToDictionary(p => Path.GetFileName(p).Split('.')[0], p => Linking(output, "assets/parts/" + Path.GetFileName(p)));

        // Then the cards' sheet is on the cards pages and their embeds, the booklet's on the whole booklet, the sheets' on
        // the sheet pages, and an ordinary chapter links none
        Assert.Equal(["da/dialogkort/index.html", "embed/da/questions/index.html", "embed/en/questions/index.html", "en/dialogue-cards/index.html"], linkedBy["QuestionCards"]);
        Assert.Equal(WholeBooklet.Order(StringComparer.Ordinal), linkedBy["Booklet"]);
        Assert.Equal(["da/dialogvaerktoej/index.html", "da/gruppeark/index.html", "en/dialogue-tool/index.html", "en/group-sheet/index.html"], linkedBy["Sheet"]);
        // and the embeds' and the chooser's sheets (page components) are on those pages alone
        Assert.Equal(RealSite.HtmlFiles(output).Select(p => Path.GetRelativePath(output, p).Replace('\\', '/')).Where(p => p.StartsWith("embed/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), linkedBy["EmbedPage"]);
        Assert.Equal(["index.html"], linkedBy["ChooserPage"]);
        Assert.All(linkedBy, sheet => Assert.DoesNotContain("da/forord/index.html", sheet.Value));
        Assert.All(linkedBy, sheet => Assert.NotEmpty(sheet.Value));
    }

    private static List<string> Linking(string output, string stylesheet) =>
        RealSite.HtmlFiles(output)
            .Where(page => Stylesheets(File.ReadAllText(page)).Any(href => href.EndsWith(stylesheet, StringComparison.Ordinal)))
            .Select(page => Path.GetRelativePath(output, page).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static long Weight(string output, string page)
    {
        var html = File.ReadAllText(page);
        return Gzipped(File.ReadAllBytes(page)) + Stylesheets(html)
            .Sum(href => Gzipped(File.ReadAllBytes(Path.Combine(output, href[href.IndexOf("assets/", StringComparison.Ordinal)..]))));
    }

    private static List<string> Stylesheets(string html) => StylesheetHref().Matches(html).Select(m => m.Groups[1].Value).ToList();

    private static long Gzipped(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.Length;
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetHref();
}
