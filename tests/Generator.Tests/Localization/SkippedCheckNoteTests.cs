using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Localization;

/// <summary>A check that cannot run because a data file has errors says so once, as a note, not in silence (issue #27).</summary>
public sealed class SkippedCheckNoteTests
{
    [Fact]
    public async Task Should_Say_Once_That_The_Number_Check_Was_Skipped_And_Why()
    {
        // Given the real input with a misspelt key in every item of the English advice
        using var copy = RealInputCopy.Make();
        var path = Path.Combine("en", "data", "advice.yml");
        var text = File.ReadAllText(Path.Combine(copy.Input, path));
        File.WriteAllText(Path.Combine(copy.Input, path), text.Replace("\n  title: ", "\n  titel: ", StringComparison.Ordinal));

        // When it is built
        var outcome = await copy.BuildAsync(TimeSpan.FromSeconds(180));

        // Then it fails, and one note (not an error) says the English number check did not run, and why
        Assert.Equal(1, outcome.ExitCode);
        var note = Assert.Single(outcome.ErrorLines, l => l.StartsWith("note: ", StringComparison.Ordinal));
        Assert.StartsWith("note: the number check (counts.yml) of en was skipped because input/en/data/ has errors, so what it counts is not known", note, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.ErrorLines, l => l.Contains("number check", StringComparison.Ordinal) && l.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Skip_The_Number_Check_Of_A_Language_Whose_Data_Has_An_Item_Without_Its_Twin()
    {
        // Given the real input with a 26th question in Danish only
        using var copy = RealInputCopy.Make();
        File.AppendAllText(Path.Combine(copy.Input, "da", "data", "questions.yml"), "- id: extra-26\n  group: activity-value\n  text: \"?\"\n");

        // When it is built
        var outcome = await copy.BuildAsync(TimeSpan.FromSeconds(180));

        // Then the missing twin is the error, and the Danish sentences of 25 questions are not blamed for it
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.ErrorLines, l => l.Contains("question 'extra-26' has no en twin", StringComparison.Ordinal) && l.EndsWith("[MM012]", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.ErrorLines, l => l.EndsWith("[MM081]", StringComparison.Ordinal));
        var note = Assert.Single(outcome.ErrorLines, l => l.StartsWith("note: ", StringComparison.Ordinal));
        Assert.Contains("the number check (counts.yml) of da was skipped because input/da/data/ has items without their twins", note, StringComparison.Ordinal);
    }
}
