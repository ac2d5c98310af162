using AngleSharp.Html.Parser;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Site;

/// <summary>The built site has no JavaScript at all: no script element, no on… attribute, no javascript: address.</summary>
public sealed class NoJavaScriptTests
{
    [Fact]
    public async Task Should_Have_No_Script_On_Any_Page()
    {
        var output = await RealSite.SharedOutputAsync();
        var parser = new HtmlParser();
        var pages = RealSite.HtmlFiles(output).ToList();
        Assert.True(pages.Count > 40);

        var findings = new List<string>();
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            findings.AddRange(document.QuerySelectorAll("script").Select(_ => $"{page}: <script>"));
            findings.AddRange(document.All.SelectMany(e => e.Attributes
                .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"{page}: <{e.LocalName} {a.Name}=\"{a.Value}\">")));
        }

        Assert.Empty(findings);
    }

    [Fact]
    public async Task Should_Never_Let_Markdown_Script_Reach_The_Output()
    {
        // Given script smuggled in three ways Markdown allows, each on its own line (the body starts at line 9)
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord",
            "[klik](javascript:alert(1))\n\n<script>alert(1)</script>\n\n![x](javascript:alert(1))"));

        // When built
        var outcome = await site.BuildAsync();

        // Then each way is refused at its own line with its own code, and nothing at all is written
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                $"input/da/forord.md:9: error: the link address 'javascript:alert(1)' would run script; the site has no JavaScript [{DiagnosticCodes.ScriptInOutput}]",
                $"input/da/forord.md:11: error: raw HTML is not allowed in Markdown; write it in Markdown, or ask for a shortcode [{DiagnosticCodes.RawHtml}]",
                $"input/da/forord.md:13: error: the image address 'javascript:alert(1)' would run script; the site has no JavaScript [{DiagnosticCodes.ScriptInOutput}]",
            ],
            outcome.ErrorLines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.Output));
    }
}
