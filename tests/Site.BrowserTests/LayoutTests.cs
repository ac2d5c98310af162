namespace MaalMedMening.Site.BrowserTests;

/// <summary>The layout reads from 320 px phones up: nothing forces a reader to scroll sideways.</summary>
[Collection(SiteCollection.Name)]
public sealed class LayoutTests(SiteFixture site)
{
    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Not_Scroll_Horizontally_At_320_Px(string language)
    {
        var wide = new List<string>();
        foreach (var path in site.Pages(language).Append(""))
        {
            var page = await site.OpenAsync(path, width: 320, height: 640);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                wide.Add($"{path} ({overflow} px)");
            }

            await page.CloseAsync();
        }

        Assert.Empty(wide);
    }

    [Fact]
    public async Task Should_Apply_The_Stylesheet()
    {
        var page = await site.OpenAsync("en/");

        var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.Equal("rgb(11, 93, 75)", background);
    }
}
