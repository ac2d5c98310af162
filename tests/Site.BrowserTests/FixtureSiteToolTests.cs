using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tool;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>The three-language fixture site (tests/Fixtures/three-languages), built by the same generator and served.</summary>
public sealed class ThreeLanguageSiteFixture() : BuiltSiteFixture(Input)
{
    public static string Input => Path.Combine(RepoPaths.Root, "tests", "Fixtures", "three-languages", "input");
}

[CollectionDefinition(Name)]
public sealed class ThreeLanguageSiteCollection : ICollectionFixture<ThreeLanguageSiteFixture>
{
    public const string Name = "three-language site";
}

/// <summary>
/// The fixture's own balance tool (three balances, three positions, its own rules) in real Chromium: sampled
/// combinations reveal exactly the advice the C# logic table selects, in each of its three languages.
/// </summary>
[Collection(ThreeLanguageSiteCollection.Name)]
public sealed class FixtureSiteToolTests(ThreeLanguageSiteFixture site)
{
    private static readonly AnswerKind[] Kinds = [AnswerKind.Now, AnswerKind.Want];

    [Theory]
    [InlineData("en/check-yourselves/", 1)]
    [InlineData("fr/faites-le-point/", 2)]
    [InlineData("de/standortbestimmung/", 3)]
    public async Task Should_Show_Exactly_The_Selected_Advice_For_Sampled_Answers(string path, int seed)
    {
        // Given the fixture's rules and its tool page in one language
        var diagnostics = new DiagnosticBag();
        var balances = DataLoader.Load(Path.Combine(ThreeLanguageSiteFixture.Input, "en"), "en", diagnostics).Balances.Select(b => b.Id).ToList();
        var table = ToolRulesLoader.Load(ThreeLanguageSiteFixture.Input, balances, diagnostics)!;
        Assert.False(diagnostics.HasErrors);
        var page = await site.OpenAsync(path);
        var random = new Random(seed);
        var wrong = new List<string>();
        var sawAdvice = 0;

        // When a team gives 25 random sets of answers, some balances left unanswered
        for (var round = 0; round < 25; round++)
        {
            await page.ClickAsync(".tool-reset");
            var answers = Answers.None;
            foreach (var balance in balances)
            foreach (var kind in Kinds)
            {
                var choice = random.Next(table.Scale.Positions.Count + 1);
                if (choice < table.Scale.Positions.Count)
                {
                    answers = answers.With(balance, kind, table.Scale.Positions[choice]);
                    await ToolPage.ChooseAsync(page, balance, kind, table.Scale.Positions[choice]);
                }
            }

            // Then the browser shows exactly the blocks the logic table selects
            var expected = table.Select(answers).Select(a => FormIds.Block(a.Id)).Order(StringComparer.Ordinal).ToList();
            var visible = await ToolPage.VisibleAdviceAsync(page);
            sawAdvice += visible.Count;
            if (!expected.SequenceEqual(visible))
            {
                wrong.Add($"round {round}: expected [{string.Join(", ", expected)}], saw [{string.Join(", ", visible)}]");
            }
        }

        Assert.Empty(wrong);
        Assert.True(sawAdvice > 25, $"only {sawAdvice} advice blocks shown in 25 rounds: the sample tests little");
        await page.CloseAsync();
    }
}
