using System.Text.RegularExpressions;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Site.BrowserTests.Support;
using Microsoft.Playwright;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>
/// The balance tool as a committee uses it (issue #22): on a phone each tap changes something in view; the answer opens
/// with a result that says where the team wants to go and links back to each question; the printed record keeps every
/// chosen advice in full, without rule wording, on at most three A4 pages.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class BalanceToolRoomTests(SiteFixture site)
{
    private static readonly IReadOnlyList<string> Balances = ToolPage.RealBalances;
    private const int Positions = 5;

    public static TheoryData<string> Paths => new() { "da/find-balancen/", "en/find-the-balance/", "embed/da/balance-tool/", "embed/en/balance-tool/" };

    // The text a sighted reader sees on the screen: every rendered piece of text whose box lies inside the viewport, with its place.
    private const string TextInView = """
        () => {
          const seen = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent.trim() || !n.parentElement.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of range.getClientRects()) {
              if (r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth) {
                seen.push(`${Math.round(r.left)},${Math.round(r.top)}:${n.textContent.trim()}`);
              }
            }
          }
          return seen;
        }
        """;

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Should_Change_Text_In_View_When_The_Last_Answer_Is_Tapped_On_A_Phone(string path)
    {
        // Given the tool on a 320×640 touch screen, every answer but the last tapped
        var context = await site.Browser.NewPatientContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 }, HasTouch = true, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        var answers = Balances.SelectMany(b => new[] { (b, AnswerKind.Now, 2), (b, AnswerKind.Want, 4) }).ToList();
        foreach (var (balance, kind, position) in answers.SkipLast(1))
        {
            await page.TapAsync($"label:has(#{FormIds.Radio(balance, kind, position)})");
        }

        // When the reader taps the last answer, already in view
        var (lastBalance, lastKind, lastPosition) = answers[^1];
        var last = page.Locator($"label:has(#{FormIds.Radio(lastBalance, lastKind, lastPosition)})");
        await last.ScrollIntoViewIfNeededAsync();
        var before = await page.EvaluateAsync<string[]>(TextInView);
        await last.TapAsync();
        var after = await page.EvaluateAsync<string[]>(TextInView);

        // Then the text on the screen changed (not only the tapped option's look), and the skip link to the answer is still there
        Assert.True(await page.IsCheckedAsync($"#{FormIds.Radio(lastBalance, lastKind, lastPosition)}"));
        Assert.NotEqual(before, after);
        Assert.True(await page.Locator(".tool-skip a").IsVisibleAsync());
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("da/find-balancen/")]
    [InlineData("en/find-the-balance/")]
    public async Task Should_Open_The_Answer_With_Where_Each_Balance_Wants_To_Go_And_A_Link_Back_To_Its_Question(string path)
    {
        var page = await site.OpenAsync(path, 1280);
        var random = new Random(22);
        for (var round = 0; round < 4; round++)
        {
            // Given random answers (a stay, a move either way) on every balance
            await page.ClickAsync(".tool-reset");
            var answers = Answers.None;
            foreach (var balance in Balances)
            {
                var now = random.Next(1, Positions + 1);
                var want = round == 0 ? now : random.Next(1, Positions + 1);
                answers = answers.With(balance, AnswerKind.Now, now).With(balance, AnswerKind.Want, want);
                await ToolPage.ChooseAsync(page, balance, AnswerKind.Now, now);
                await ToolPage.ChooseAsync(page, balance, AnswerKind.Want, want);
            }

            // Then each balance's row states exactly the one movement its answers mean, and links back to the balance's question
            foreach (var balance in Balances)
            {
                var now = answers.Get(balance, AnswerKind.Now)!.Value;
                var want = answers.Get(balance, AnswerKind.Want)!.Value;
                var expected = FormIds.Movement(balance, want < now ? Movement.Left : want > now ? Movement.Right : Movement.Stay);
                var movements = string.Join(',', Enum.GetValues<Movement>().Select(m => "#" + FormIds.Movement(balance, m)));
                var shown = await page.EvaluateAsync<string[]>($"[...document.querySelectorAll('{movements}')].filter(e => e.checkVisibility()).map(e => e.id)");
                Assert.Equal([expected], shown);
                Assert.Equal($"#balance-{balance}", await page.Locator($".tool-summary:has(#{expected}) a.tool-change").GetAttributeAsync("href"));
            }
        }

        // And the result comes before the advice
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('.tool-chosen').compareDocumentPosition(document.querySelector('.tool-group')) === Node.DOCUMENT_POSITION_FOLLOWING"));
        await page.CloseAsync();
    }

    // Every rendered text of the answer, details opened: what a reader can reach on screen.
    private const string AnswerText = """
        () => {
          document.querySelectorAll('.tool-advice details').forEach(d => d.open = true);
          return [...document.querySelectorAll('.tool-advice *')].filter(e => e.checkVisibility() && e.children.length === 0).map(e => e.textContent).join(' ');
        }
        """;

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Should_Print_Every_Chosen_Advice_In_Full_Without_Rule_Wording_On_At_Most_Three_Pages(string path)
    {
        var page = await site.OpenAsync(path, 1280);
        var ruleLines = (await page.Locator(".tool-rules td:first-child").AllTextContentsAsync()).Select(Normal).ToList();
        Assert.NotEmpty(ruleLines);
        for (var round = 0; round < 3; round++)
        {
            // Given an answer set: in the middle now and moving left on every balance (both poles' advice: the longest), or random
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
            await page.ClickAsync(".tool-reset");
            var random = new Random(round);
            foreach (var balance in Balances)
            {
                await ToolPage.ChooseAsync(page, balance, AnswerKind.Now, round == 0 ? 3 : random.Next(1, Positions + 1));
                await ToolPage.ChooseAsync(page, balance, AnswerKind.Want, round == 0 ? 1 : random.Next(1, Positions + 1));
            }

            // (each title, point, paragraph, question and link line of every shown block; a list's numbers are the printer's, not the text's)
            var blocks = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.tool-block')].filter(e => e.checkVisibility()).flatMap(e => [...e.querySelectorAll('summary, dt, dd, p, li')].map(x => x.textContent))");
            Assert.NotEmpty(blocks);
            var answerText = Normal(await page.EvaluateAsync<string>(AnswerText));
            var key = Normal(await page.Locator(".tool-scale-key").TextContentAsync() ?? "");

            // When it is printed on A4
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            using var folder = new TempFolder();
            var pdf = Path.Combine(folder.Path, "record.pdf");
            await page.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true });
            var text = Normal(Run("pdftotext", $"{pdf} -"));

            // Then it has at most three pages, every chosen block's full text, the scales' key, and no rule line, on paper or on screen
            var pages = Poppler.Pages(pdf);
            Assert.InRange(pages, 1, 3);
            Assert.All(blocks, block => Assert.Contains(Normal(block), text));
            Assert.Contains(key, text);
            Assert.All(ruleLines, rule => Assert.DoesNotContain(rule, text));
            Assert.All(ruleLines, rule => Assert.DoesNotContain(rule, answerText));
            Assert.DoesNotMatch(NoScriptTalk(), answerText);
        }

        await page.CloseAsync();
    }

    [GeneratedRegex("JavaScript|browser", RegexOptions.IgnoreCase)]
    private static partial Regex NoScriptTalk();

    // pdftotext breaks lines where the page does and joins a word hyphenated at a line's end ("team-" "based" gives
    // "teambased"): compare texts with every run of white space as one space, and without hyphens.
    private static string Normal(string text) => Regex.Replace(text.Replace("-", ""), @"\s+", " ").Trim();

    private static string Run(string tool, string arguments) => Poppler.Run(tool, arguments);
}
