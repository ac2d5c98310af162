using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tool;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>
/// The balance tool in real Chromium: what a team clicks must reveal exactly the advice the C# logic table
/// selects, and nothing else, with mouse and keyboard, on screen and on paper (issue #4).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class BalanceToolTests(SiteFixture site)
{
    private static readonly IReadOnlyList<string> Balances = ToolPage.RealBalances;
    private static readonly LogicTable Table = LoadTable();
    private const string ActivityValue = "activity-value";
    private static readonly AnswerKind[] Kinds = [AnswerKind.Now, AnswerKind.Want];

    private static LogicTable LoadTable()
    {
        var diagnostics = new DiagnosticBag();
        var table = ToolRulesLoader.Load(RepoPaths.Input, Balances, diagnostics);
        Assert.False(diagnostics.HasErrors);
        return table!;
    }

    private static string ToolPath(string language) => language == "da" ? "da/find-balancen/" : "en/find-the-balance/";

    private static IReadOnlyList<string> Expected(Answers answers) =>
        Table.Select(answers).Select(a => FormIds.Block(a.Id)).Order(StringComparer.Ordinal).ToList();

    private static Task<IReadOnlyList<string>> VisibleAdviceAsync(IPage page) => ToolPage.VisibleAdviceAsync(page);

    private static Task ChooseAsync(IPage page, string balance, AnswerKind kind, int position) => ToolPage.ChooseAsync(page, balance, kind, position);

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Show_Nothing_But_The_Explanation_Before_Any_Choice(string language)
    {
        var page = await site.OpenAsync(ToolPath(language));

        Assert.Empty(await VisibleAdviceAsync(page));
        Assert.True(await page.Locator(".tool-empty").IsVisibleAsync());
        Assert.False(await page.Locator(".tool-chosen").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("input:checked").CountAsync());
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Show_Exactly_The_Selected_Advice_For_Every_Single_Choice(string language)
    {
        var page = await site.OpenAsync(ToolPath(language));
        var wrong = new List<string>();
        foreach (var balance in Balances)
        foreach (var kind in Kinds)
        foreach (var position in Table.Scale.Positions)
        {
            await page.ClickAsync(".tool-reset");
            await ChooseAsync(page, balance, kind, position);
            var expected = Expected(Answers.None.With(balance, kind, position));
            var visible = await VisibleAdviceAsync(page);
            if (!expected.SequenceEqual(visible))
            {
                wrong.Add($"{balance} {kind} {position}: expected [{string.Join(", ", expected)}], saw [{string.Join(", ", visible)}]");
            }
        }

        Assert.Empty(wrong);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("da", 1280)]
    [InlineData("en", 1280)]
    [InlineData("da", 360)]
    [InlineData("en", 360)]
    public async Task Should_Show_Exactly_The_Selected_Advice_For_Random_Full_Answers(string language, int width)
    {
        var random = new Random(language == "da" ? 2016 : 2017);
        var page = await site.OpenAsync(ToolPath(language), width);
        var rounds = width < 400 ? 10 : 50;
        var wrong = new List<string>();
        for (var round = 0; round < rounds; round++)
        {
            await page.ClickAsync(".tool-reset");
            var answers = Answers.None;
            foreach (var balance in Balances)
            foreach (var kind in Kinds)
            {
                var position = Table.Scale.Positions[random.Next(Table.Scale.Positions.Count)];
                answers = answers.With(balance, kind, position);
                await ChooseAsync(page, balance, kind, position);
            }

            var expected = Expected(answers);
            var visible = await VisibleAdviceAsync(page);
            if (!expected.SequenceEqual(visible))
            {
                wrong.Add($"round {round}: expected [{string.Join(", ", expected)}], saw [{string.Join(", ", visible)}]");
            }

            // The answers are restated as text, for screen readers and print.
            var restated = await page.Locator(".tool-chosen").InnerTextAsync();
            foreach (var balance in Balances)
            {
                var label = await page.Locator($"label:has(#{FormIds.Radio(balance, AnswerKind.Now, answers.Get(balance, AnswerKind.Now)!.Value)})").InnerTextAsync();
                Assert.Contains(label, restated);
            }
        }

        Assert.Empty(wrong);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Should_Work_With_The_Keyboard_Alone()
    {
        var page = await site.OpenAsync(ToolPath("da"));

        // Tab from the top of the page to the first radio button
        for (var i = 0; i < 80 && await page.EvaluateAsync<string>("document.activeElement.type ?? ''") != "radio"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(FormIds.Radio(Balances[0], AnswerKind.Now, 1), await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowLeft");

        // Now at position 2, would like position 5 (arrow left wraps around from the first)
        var answers = Answers.None.With(Balances[0], AnswerKind.Now, 2).With(Balances[0], AnswerKind.Want, 5);
        Assert.Equal(Expected(answers), await VisibleAdviceAsync(page));
        var focusOutline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement.parentElement).outlineStyle");
        Assert.Equal("solid", focusOutline);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Have_No_Axe_Violations_With_None_Some_And_All_Answers(string language)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };
        var page = await site.OpenAsync(ToolPath(language));
        var violations = new List<string>();
        async Task Check(string state) =>
            violations.AddRange((await page.RunAxe(options)).Violations.Select(v => $"{state}: {v.Id} {v.Help} {string.Join(" | ", v.Nodes.Take(2).Select(n => n.Html))}"));

        await Check("no answers");
        await ChooseAsync(page, Balances[1], AnswerKind.Now, 2);
        await ChooseAsync(page, Balances[1], AnswerKind.Want, 4);
        await Check("some answers");
        foreach (var balance in Balances)
        {
            await ChooseAsync(page, balance, AnswerKind.Now, 1);
            await ChooseAsync(page, balance, AnswerKind.Want, 5);
        }

        await Check("all answers");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Check("print");
        Assert.Empty(violations);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Should_Print_The_Chosen_Positions_And_Only_The_Advice_That_Applies()
    {
        var page = await site.OpenAsync(ToolPath("en"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // Before choosing: a blank form to fill in by hand, no advice
        Assert.True(await page.Locator(".tool-form").IsVisibleAsync());
        Assert.Empty(await VisibleAdviceAsync(page));

        // After choosing (on screen): the positions as text, the advice that applies, no form, no navigation
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await ChooseAsync(page, ActivityValue, AnswerKind.Now, 1);
        await ChooseAsync(page, ActivityValue, AnswerKind.Want, 4);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".tool-form").IsVisibleAsync());
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".tool-rules").IsVisibleAsync());
        Assert.Contains("Close to Value creation", await page.Locator(".tool-chosen").InnerTextAsync());
        var answers = Answers.None.With(ActivityValue, AnswerKind.Now, 1).With(ActivityValue, AnswerKind.Want, 4);
        Assert.Equal(Expected(answers), await VisibleAdviceAsync(page));
        await page.CloseAsync();
    }
}
