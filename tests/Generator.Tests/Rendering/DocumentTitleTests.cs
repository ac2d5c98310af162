using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Rendering;

/// <summary>A page's &lt;title&gt; is its title and the site's name; the home page, titled as the site, names it once (issue #29).</summary>
public sealed class DocumentTitleTests
{
    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Name_The_Site_Once_In_Every_Title(string language)
    {
        var output = await RealSite.SharedOutputAsync();

        foreach (var page in BuiltPage.All(output, language))
        {
            var site = page.Document.QuerySelector(".site-title")!.TextContent.Trim();
            var title = page.Document.Title!;
            var heading = page.Document.QuerySelector("main h1")!.TextContent.Trim();

            // The site's name once, at the end; the page's own title before it unless that is the site's name
            Assert.True(title.Split(site).Length == 2 && title.EndsWith(site, StringComparison.Ordinal), $"{page.Path}: <title>{title}</title>");
            Assert.Equal(heading == site ? site : $"{heading} – {site}", title);
        }
    }
}
