using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Booklet;

/// <summary>
/// The sentences of this booklet that state a count of its data (25 dialogue questions, five per balance, six pieces of
/// advice, three workplaces) are found and checked against the data in both languages (issue #16); the number check's
/// workings are tested on small sites in <c>Localization/CountCheckTests</c>.
/// </summary>
public sealed class CountedSentenceTests
{
    [Fact]
    public async Task Should_Fail_At_Every_Line_That_States_The_Old_Count_When_A_26th_Question_Is_Added()
    {
        // Given the real site with a 26th question, in the balance 'activity-value', in both languages, and the text unchanged
        using var site = TestSite.CopyOfRealInput();
        foreach (var language in new[] { "da", "en" })
        {
            File.AppendAllText(Path.Combine(site.Input, language, "data", "questions.yml"), "- id: extra-26\n  group: activity-value\n  text: \"?\"\n");
        }

        // When it is built
        var outcome = await site.BuildAsync();

        // Then each statement of 25 questions, of five per balance and of five for that balance fails at its line;
        // the heading over the five overall questions (four-balances.md:22) is still true and passes
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                "input/da/_index.md:7", "input/da/balance-activity-value.md:3", "input/da/balance-activity-value.md:49",
                "input/da/dialogue-cards.md:3", "input/da/dialogue-cards.md:13", "input/da/four-balances.md:20",
                "input/da/question-index.md:2", "input/da/question-index.md:3", "input/da/strings.yml:50",
                "input/en/_index.md:7", "input/en/balance-activity-value.md:3", "input/en/balance-activity-value.md:49",
                "input/en/dialogue-cards.md:3", "input/en/dialogue-cards.md:13", "input/en/four-balances.md:20",
                "input/en/question-index.md:2", "input/en/question-index.md:3", "input/en/strings.yml:50",
            ],
            outcome.Located(DiagnosticCodes.CountMismatch));
        Assert.Contains("input/da/dialogue-cards.md:3: error: the text says '25 dialogspørgsmål', but there are 26 questions in data/questions.yml", outcome.Errors, StringComparison.Ordinal);

        // And it says what to change, and that the booklet's own wording needs a listed correction (issue #29)
        // quoting the sentence that states the count, whole, though it spans lines or starts in the middle of one
        Assert.Contains($"; change the sentence \"{DialogueCardsSentence(site)}\" or the data (the words and what they count are in da/counts.yml); " +
            "the booklet's own wording is guarded by the fidelity test (tests/Generator.Tests/Booklet/FidelityTests.cs), so list a change to it in da/data/corrections.yml [MM081]",
            outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Fail_Where_The_Text_Names_Six_Pieces_Of_Advice_And_Three_Cases_When_One_Of_Each_Is_Gone()
    {
        // Given the real site without its last piece of advice and without one case, in both languages
        using var site = TestSite.CopyOfRealInput();
        foreach (var language in new[] { "da", "en" })
        {
            var advice = Path.Combine(site.Input, language, "data", "advice.yml");
            var text = File.ReadAllText(advice);
            File.WriteAllText(advice, text[..text.LastIndexOf("\n- ", StringComparison.Ordinal)] + "\n");
            site.Delete($"{language}/cases/dsb.md");
        }

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the statements of six pieces of advice and of three workplaces fail, in words and in both languages
        var located = outcome.Located(DiagnosticCodes.CountMismatch);
        Assert.Contains("input/da/dialogue-tool.md:56", located);
        Assert.Contains("input/en/dialogue-tool.md:56", located);
        Assert.Contains("input/da/cases/_index.md:3", located);
        Assert.Contains("input/en/foreword.md:24", located);
        Assert.Contains("input/en/dialogue-tool.md:56: error: the text says 'Six pieces of advice' (6), but there are 5 pieces of advice in data/advice.yml", outcome.Errors, StringComparison.Ordinal);
    }

    // The sentence of dialogue-cards.md's description, as the copy has it.
    private static string DialogueCardsSentence(TestSite site)
    {
        var line = File.ReadAllLines(Path.Combine(site.Input, "da", "dialogue-cards.md"))[2];
        var text = line["description: ".Length..].Trim('"');
        var from = text.IndexOf("25 dialogspørgsmål", StringComparison.Ordinal);
        var start = text.LastIndexOf(". ", from, StringComparison.Ordinal) is var s and >= 0 ? s + 2 : 0;
        var end = text.IndexOf('.', from) is var e and >= 0 ? e + 1 : text.Length;
        return text[start..end];
    }
}
