using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Localization;

/// <summary>Numbers the text states about the data (input/&lt;lang&gt;/counts.yml) must be true of the data (issue #16).</summary>
public sealed class CountCheckTests
{
    private const string DaCounts = "numbers:\n  to: 2\n  fem: 5\nstatements:\n  - words: dialogspørgsmål\n    counts: [questions, questions-per-balance]\n";
    private const string EnCounts = "numbers:\n  two: 2\n  five: 5\nstatements:\n  - words: questions\n    counts: [questions]\n";

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
        Assert.Equal(["input/da/forord.md:9"], outcome.Located(DiagnosticCodes.CountMismatch));
    }

    [Fact]
    public async Task Should_Not_Count_Data_That_Could_Not_Be_Read()
    {
        // Given the real site whose English questions file has a YAML mistake
        using var site = TestSite.CopyOfRealInput();
        File.AppendAllText(Path.Combine(site.Input, "en", "data", "questions.yml"), "- id: x\n  group: overall\n   text: bad indentation\n");

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the YAML mistake is reported, and no number in the text is blamed for the questions that were not read
        Assert.Single(outcome.Located(DiagnosticCodes.InvalidYaml));
        Assert.Empty(outcome.Located(DiagnosticCodes.CountMismatch));
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
        Assert.Equal(["input/en/counts.yml:1"], outcome.Located(DiagnosticCodes.MissingTranslation));
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
        Assert.Equal(["input/da/counts.yml:6"], outcome.Located(DiagnosticCodes.UnknownValue));
        Assert.Equal(["input/da/counts.yml:7"], outcome.Located(DiagnosticCodes.UnknownId));
    }
}
