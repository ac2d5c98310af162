using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Localization;

/// <summary>Numbers the text states about the data (input/&lt;lang&gt;/counts.yml) must be true of the data (issue #16).</summary>
public sealed class CountCheckTests
{
    private const string DaCounts = "numbers:\n  to: 2\n  fem: 5\nstatements:\n  - words: dialogspørgsmål\n    counts: [questions, questions-per-balance]\n";
    private const string EnCounts = "numbers:\n  two: 2\n  five: 5\nstatements:\n  - words: questions\n    counts: [questions]\n";

    private static TestSite CopyOfRealSite()
    {
        var site = new TestSite(minimal: false);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(RepoPaths.Input, file), File.ReadAllBytes(file));
        }

        return site;
    }

    private static string[] Located(TestSite.Outcome outcome, string code) =>
        outcome.ErrorLines.Where(l => l.EndsWith($"[{code}]", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(": error:", StringComparison.Ordinal)]).ToArray();

    [Fact]
    public async Task Should_Fail_At_Every_Line_That_States_The_Old_Count_When_A_26th_Question_Is_Added()
    {
        // Given the real site with a 26th question, in the balance 'activity-value', in both languages, and the text unchanged
        using var site = CopyOfRealSite();
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
            Located(outcome, DiagnosticCodes.CountMismatch));
        Assert.Contains("input/da/dialogue-cards.md:3: error: the text says '25 dialogspørgsmål', but there are 26 questions in data/questions.yml", outcome.Errors, StringComparison.Ordinal);

        // And it says what to change, and that the booklet's own wording needs a listed correction (issue #29)
        // quoting the sentence that states the count, whole, though it spans lines or starts in the middle of one
        Assert.Contains($"; change the sentence \"{DialogueCardsSentence(site)}\" or the data (the words and what they count are in da/counts.yml); " +
            "the booklet's own wording is guarded by the fidelity test (tests/Generator.Tests/Booklet/FidelityTests.cs), so list a change to it in da/data/corrections.yml [MM081]",
            outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Name_A_Fidelity_Test_That_Exists()
    {
        // MM081 sends an editor to this file: it must be there, and be the test that reads the corrections.
        var path = Path.Combine(RepoPaths.Root, CountCheck.FidelityTest);
        Assert.True(File.Exists(path), $"MM081 names {CountCheck.FidelityTest}, which is not there");
        Assert.Contains("corrections", File.ReadAllText(path), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Et. To tre\narbejdspladser her. Fire.", "To tre arbejdspladser her.")]
    [InlineData("---\ndescription: \"Tre arbejdspladser fortæller.\"\n---\n", "Tre arbejdspladser fortæller.")]
    [InlineData("Intro.\n\n## Tre arbejdspladser\nTekst.", "Tre arbejdspladser")]
    [InlineData("- første punkt\n- tre arbejdspladser i alt\n", "tre arbejdspladser i alt")]
    public void Should_Quote_The_Sentence_Around_A_Count(string text, string sentence)
    {
        Assert.Equal(sentence, SentenceAt.Find(text, text.IndexOf("arbejdspladser", StringComparison.OrdinalIgnoreCase)));
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

    [Fact]
    public async Task Should_Fail_Where_The_Text_Names_Six_Pieces_Of_Advice_And_Three_Cases_When_One_Of_Each_Is_Gone()
    {
        // Given the real site without its last piece of advice and without one case, in both languages
        using var site = CopyOfRealSite();
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
        var located = Located(outcome, DiagnosticCodes.CountMismatch);
        Assert.Contains("input/da/dialogue-tool.md:56", located);
        Assert.Contains("input/en/dialogue-tool.md:56", located);
        Assert.Contains("input/da/cases/_index.md:3", located);
        Assert.Contains("input/en/foreword.md:24", located);
        Assert.Contains("input/en/dialogue-tool.md:56: error: the text says 'Six pieces of advice' (6), but there are 5 pieces of advice in data/advice.yml", outcome.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Check_Digits_And_Number_Words_Against_The_Data_Of_A_Small_Site()
    {
        // Given a site with two questions whose page says "fem dialogspørgsmål" (line 9) and "2 dialogspørgsmål" (line 11)
        using var site = new TestSite();
        site.Write("da/counts.yml", DaCounts).Write("en/counts.yml", EnCounts);
        foreach (var language in new[] { "da", "en" })
        {
            site.Write($"{language}/data/questions.yml", "- id: q1\n  group: overall\n  text: A?\n- id: q2\n  group: overall\n  text: B?\n");
        }

        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Her er fem dialogspørgsmål.\n\nOg 2 dialogspørgsmål."));

        // When it is built
        var outcome = await site.BuildAsync();

        // Then only the wrong number fails, at its line
        Assert.Equal(["input/da/forord.md:9"], Located(outcome, DiagnosticCodes.CountMismatch));
    }

    [Fact]
    public async Task Should_Not_Count_Data_That_Could_Not_Be_Read()
    {
        // Given the real site whose English questions file has a YAML mistake
        using var site = CopyOfRealSite();
        File.AppendAllText(Path.Combine(site.Input, "en", "data", "questions.yml"), "- id: x\n  group: overall\n   text: bad indentation\n");

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the YAML mistake is reported, and no number in the text is blamed for the questions that were not read
        Assert.Single(Located(outcome, DiagnosticCodes.InvalidYaml));
        Assert.Empty(Located(outcome, DiagnosticCodes.CountMismatch));
    }

    [Fact]
    public async Task Should_Report_A_Language_Without_Counts_When_Another_Has_Them()
    {
        // Given counts for Danish only
        using var site = new TestSite();
        site.Write("da/counts.yml", DaCounts);

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the English file is missing (MM012)
        Assert.Equal(["input/en/counts.yml:1"], Located(outcome, DiagnosticCodes.MissingTranslation));
    }

    [Fact]
    public async Task Should_Report_An_Unknown_Count_And_A_Section_That_Does_Not_Exist_At_Their_Lines()
    {
        // Given counts that name something that is not counted (line 6) and a section no page has (line 8)
        using var site = new TestSite();
        var counts = "numbers:\n  to: 2\nstatements:\n  - words: spørgsmål\n    counts:\n      - spørgsmål\n  - words: sager\n    counts: [pages-in:sager]\n";
        site.Write("da/counts.yml", counts).Write("en/counts.yml", EnCounts);

        // When it is built
        var outcome = await site.BuildAsync();

        // Then each is an error at its line
        Assert.Equal(["input/da/counts.yml:6"], Located(outcome, DiagnosticCodes.UnknownValue));
        Assert.Equal(["input/da/counts.yml:7"], Located(outcome, DiagnosticCodes.UnknownId));
    }
}
