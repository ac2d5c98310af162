using System.Text.RegularExpressions;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Booklet;

/// <summary>
/// A web edition readers can trust (issue #26): a numbered figure is never a caption alone, and the English edition is
/// free of the slips the bilingual review found and explains the Danish institutions it names.
/// </summary>
public sealed partial class EditionTests
{
    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Show_Each_Numbered_Figure_Inside_Its_Figure(string language)
    {
        // Given every element whose own text begins as a figure's caption does ("Figur 2:", "Figure 17:")
        var wrong = new List<string>();
        var captions = 0;
        foreach (var page in BuiltPage.All(await RealSite.SharedOutputAsync(), language))
        {
            foreach (var element in page.Article.QuerySelectorAll("p, strong, em, figcaption, h2, h3, h4, li, td").Where(e => FigureCaption().IsMatch(e.TextContent.Trim())))
            {
                captions++;

                // Then it is a figure's caption, and the figure holds more than its caption: a drawing, a list or a note
                var figure = element.LocalName == "figcaption" ? element.ParentElement : null;
                var content = figure?.Children.Where(c => c.LocalName != "figcaption" && c.TextContent.Trim().Length + c.QuerySelectorAll("svg, img").Length > 0).ToList();
                if (figure?.LocalName != "figure" || content!.Count == 0)
                {
                    wrong.Add($"{page.Path}: '{element.TextContent.Trim()}' has no figure beside it");
                }
            }
        }

        Assert.True(captions >= 2, $"only {captions} numbered figure captions found");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Credit_The_Publisher_Only_Where_The_Source_Names_It(string language)
    {
        // Given the pages of a tool card that names no publisher (figure 2's and figure 17's cards) and the booklet's pages with the corrections
        var pages = BuiltPage.All(await RealSite.SharedOutputAsync(), language);
        var cards = pages.Where(p => FigureCaption().IsMatch(p.Article.QuerySelector("figure figcaption")?.TextContent.Trim() ?? "")).ToList();
        var booklet = pages.Where(p => p.Article.QuerySelector(".corrections") is not null).ToList();
        Assert.Equal(2, cards.Count);
        Assert.NotEmpty(booklet);

        // Then the cards' credit names no publisher, and the booklet's credit names BFA
        Assert.All(cards, p => Assert.DoesNotContain("BFA", p.Document.QuerySelector(".credit")!.TextContent, StringComparison.Ordinal));
        Assert.All(booklet, p => Assert.Contains("BFA", p.Document.QuerySelector(".credit")!.TextContent, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^Figure? \d+:")]
    private static partial Regex FigureCaption();
}
