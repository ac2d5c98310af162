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
    public async Task Should_Give_The_Balance_Tools_Advice_Titles_Slug_Ids()
    {
        // Given the balance tool page, whose advice titles (the summaries of the advice blocks) the component writes
        var page = BuiltPage.Load(await RealSite.SharedOutputAsync(), "da/find-balancen/index.html");

        // Then each has the slug of its text, as a Markdown heading would
        var heading = page.Document.QuerySelector("#advice-pole-activity-value-left .tool-block-title")!;
        Assert.Equal("polen-aktivitet-fordel-og-risiko", heading.Id);
    }
}
