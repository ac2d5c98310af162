using AngleSharp.Html.Parser;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tests.Site;

/// <summary>
/// The generator's promise that the next publication needs no C# (issue #27): a small guide of another publisher
/// (tests/Fixtures/second-publication: Swedish the default, and English; four chapters, two cases, a balance tool of
/// three balances on five named positions, with group headings and rules of its own) builds as it is, and what it
/// decides in its input shows in its output.
/// </summary>
public sealed class SecondPublicationTests
{
    public static string Input => Path.Combine(RepoPaths.Root, "tests", "Fixtures", "second-publication", "input");

    private static readonly Lazy<Task<(int Code, string Errors, string Output)>> Built = new(async () =>
    {
        var output = Path.Combine(Path.GetTempPath(), "mmm-second-publication-" + Environment.ProcessId);
        var errors = new StringWriter();
        var code = await BuildCommand.RunAsync(new BuildOptions(Input, output, RepoPaths.Theme, null, false), TextWriter.Null, errors);
        return (code, errors.ToString(), output);
    });

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ToolPage(string path)
    {
        var (code, errors, output) = await Built.Value;
        Assert.True(code == 0, "the second publication did not build:\n" + errors);
        return new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(output, path)));
    }

    [Fact]
    public async Task Should_Build_With_No_Errors_And_Every_Page_In_Both_Languages()
    {
        // Given the second publication, built by the unchanged generator
        var (code, errors, output) = await Built.Value;

        // Then it builds with exit 0, and each language has its home, four chapters, tool, cases section and two cases
        Assert.True(code == 0, "the second publication did not build:\n" + errors);
        Assert.Equal(9, Directory.EnumerateFiles(Path.Combine(output, "sv"), "index.html", SearchOption.AllDirectories).Count());
        Assert.Equal(9, Directory.EnumerateFiles(Path.Combine(output, "en"), "index.html", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task Should_Build_Without_The_UI_Strings_Of_Parts_It_Does_Not_Show()
    {
        // Given the second publication, whose strings tables leave out the keys of the parts no page of it shows
        // (chart, corrections, the whole booklet, cards, indexes, embeds, tool cards: issue #27)
        var (code, errors, output) = await Built.Value;
        Assert.True(code == 0, "the second publication did not build:\n" + errors);
        foreach (var language in new[] { "sv", "en" })
        {
            var keys = File.ReadAllLines(Path.Combine(Input, language, "strings.yml")).Select(l => l.Split(':')[0]).ToHashSet();
            Assert.Contains(StringKeys.SkipLink, keys);
            Assert.Contains(StringKeys.ToolNow, keys);
            Assert.DoesNotContain(StringKeys.ChartBar, keys);
            Assert.DoesNotContain(StringKeys.EmbedIntro, keys);
            Assert.DoesNotContain(StringKeys.IndexAlphabet, keys);
        }

        // Then no page of it shows a key in place of a text: every key a page shows was required of its table
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain(StringKeys.All, key => html.Contains($"[sv] {key}", StringComparison.Ordinal) || html.Contains($"[en] {key}", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("sv/verktyget/index.html", "När mötet går för fort", "Vanor att pröva")]
    [InlineData("en/tool/index.html", "When the meeting runs too fast", "Habits to try")]
    public async Task Should_Head_The_Tool_Groups_With_The_Headings_Written_Beside_The_Rules(string path, string rushed, string habits)
    {
        // Given the tool page of one language
        var page = await ToolPage(path);

        // Then each group of the rules file is headed by its text in that language
        Assert.Equal(rushed, page.GetElementById("group-rushed-heading")?.TextContent.Trim());
        Assert.Equal(habits, page.GetElementById("group-habits-heading")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("sv/verktyget/index.html", new[] { "Helt Snabbt", "Mest Snabbt", "Både och", "Mest Grundligt", "Helt Grundligt" })]
    [InlineData("en/tool/index.html", new[] { "All Quick", "Mostly Quick", "Both", "Mostly Thorough", "All Thorough" })]
    public async Task Should_Label_Each_Position_With_The_Scales_Own_Names(string path, string[] expected)
    {
        // Given the tool page of one language
        var page = await ToolPage(path);

        // When the labels of the radios for "now" on the pace balance are read
        var labels = Enumerable.Range(1, 5).Select(p => page.QuerySelector($"#{FormIds.Radio("pace", AnswerKind.Now, p)}")?.ParentElement?.TextContent.Trim()).ToList();

        // Then they are the scale's labels with the balance's poles filled in
        Assert.Equal(expected, labels);
    }

    [Theory]
    [InlineData("sv/verktyget/index.html", "3 frågor att samtala om (Tempo)")]
    [InlineData("en/tool/index.html", "3 questions to talk about (Pace)")]
    public async Task Should_Count_The_Questions_In_Their_Title(string path, string expected)
    {
        // Given the tool page of one language, whose toolQuestionsTitle holds {0}
        var page = await ToolPage(path);

        // Then the balance's questions are titled with their number (three, not the real site's five)
        var title = page.GetElementById("advice-questions-pace")?.QuerySelector("summary")?.TextContent;
        Assert.Contains(expected, title ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sv/darfor/index.html", "Före mötet", "Efter mötet")]
    [InlineData("en/why/index.html", "Before the meeting", "After the meeting")]
    public async Task Should_Name_The_Publications_Own_Advice_Levels(string path, string before, string after)
    {
        // Given a chapter that lists the advice of the publication's two levels (advice-levels.yml: before and after)
        var page = await ToolPage(path);

        // Then each list is named by its level's name in the page's language
        Assert.Equal(before, page.QuerySelector("ul.advice[data-level=before]")?.GetAttribute("aria-label"));
        Assert.Equal(after, page.QuerySelector("ul.advice[data-level=after]")?.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Should_Not_Name_This_Booklet_In_Any_File_Name_Or_Text()
    {
        // Given the whole output of the second publication
        var (code, errors, output) = await Built.Value;
        Assert.True(code == 0, "the second publication did not build:\n" + errors);

        // When every file's name and text is searched for the booklet's name
        var found = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(output, f).Contains("maalmedmening", StringComparison.OrdinalIgnoreCase)
                        || File.ReadAllText(f).Contains("maalmedmening", StringComparison.OrdinalIgnoreCase)
                        || File.ReadAllText(f).Contains("Mål med mening", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(output, f))
            .ToList();

        // Then there is none
        Assert.Empty(found);
    }
}
