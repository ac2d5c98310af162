using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Rendering;

/// <summary>Every heading below the page title can be linked to, whether Markdown or a component wrote it (DESIGN.md §2).</summary>
public sealed class HeadingIdTests
{
    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Give_Every_Heading_In_Main_An_Id(string language)
    {
        // Given the real site, built once
        var output = await RealSite.SharedOutputAsync();

        // When every page's headings below the title are read
        var missing = BuiltPage.All(output, language)
            .SelectMany(page => page.Document.QuerySelectorAll("main h2, main h3, main h4, main h5, main h6")
                .Where(h => string.IsNullOrEmpty(h.Id))
                .Select(h => $"{page.Path}: <{h.LocalName}>{h.TextContent}"))
            .ToList();

        // Then none lacks an id
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Should_Link_The_Balance_Tools_Advice_By_Its_Block_Not_By_Its_Title()
    {
        // Given the balance tool page, whose advice titles are summaries of <details>, not headings
        var page = BuiltPage.Load(await RealSite.SharedOutputAsync(), "da/find-balancen/index.html");

        // When its advice blocks are read
        var blocks = page.Document.QuerySelectorAll(".tool-block").ToList();

        // Then each block has its own id, and its title carries none (a second id for the same place would only add bytes)
        Assert.True(blocks.Count > 20, $"only {blocks.Count} advice blocks");
        Assert.All(blocks, block => Assert.StartsWith("advice-", block.Id, StringComparison.Ordinal));
        Assert.Equal(blocks.Count, blocks.Select(b => b.Id).Distinct().Count());
        Assert.All(blocks, block => Assert.Empty(block.QuerySelector("summary")!.QuerySelectorAll("[id]")));
    }
}
