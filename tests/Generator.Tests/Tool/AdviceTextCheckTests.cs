using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Tool;

/// <summary>
/// The balance tool's answer shows only plain sentences (issue #22): a pole the tool shows without its advantage or risk
/// sentence, and advice whose text carries a rule line's wording, are errors at their file and line, all at once.
/// </summary>
public sealed class AdviceTextCheckTests
{
    private static string Edited(string path, string old, string replacement)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, path));
        Assert.Contains(old, text);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Report_A_Missing_Pole_Sentence_And_Rule_Wording_In_Advice_At_Their_Lines()
    {
        // Given the real site whose first Danish pole lacks its risk sentence, and whose first English tool advice reads like a rule line
        using var site = TestSite.CopyOfRealInput();
        site.Write("da/data/balances.yml", Edited("da/data/balances.yml", "      riskSentence: \"Målene kan opleves som meningsløse.\"\n", ""));
        site.Write("en/data/tool-advice.yml", Edited("en/data/tool-advice.yml", "  title: Individual targets with financial incentives\n",
            "  title: \"Focus – now: Activity\"\n"));

        // When it is built
        var outcome = await site.BuildAsync();

        // Then both are errors at their lines, with their codes, and nothing else
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                "input/da/data/balances.yml:7: error: the balance tool shows the pole 'activity' of 'activity-value', but it has no 'riskSentence:'; write it as one full sentence [MM100]",
                "input/en/data/tool-advice.yml:4: error: the text contains '– now:', the wording of a rule line; say it as advice, the table of how advice is chosen says when it shows [MM101]",
            ],
            outcome.ErrorLines.Where(l => l.Contains(": error:", StringComparison.Ordinal)));
    }
}
