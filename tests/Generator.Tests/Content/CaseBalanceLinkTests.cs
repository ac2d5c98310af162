using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Content;

/// <summary>A case's link to a balance that has no chapter is left out of its list, and the author is told so.</summary>
public sealed class CaseBalanceLinkTests
{
    [Fact]
    public async Task Should_Warn_When_A_Case_Lists_A_Balance_That_Has_No_Chapter()
    {
        // Given the real input whose Danish chapter of 'activity-value' no longer says 'balance:' (nor offers its questions)
        using var copy = RealInputCopy.Make();
        var chapter = Path.Combine("da", "balance-activity-value.md");
        copy.Replace(chapter, "balance: activity-value\n", "");
        copy.Replace(chapter, "embeds:\n  balance-questions: questions/activity-value\n", "");

        // When it is built
        var outcome = await copy.BuildAsync(TimeSpan.FromSeconds(180));

        // Then it builds, and each case that lists the balance gets a warning at its 'balances:' item
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var warnings = (outcome.Output + "\n" + outcome.Errors).Split('\n')
            .Where(l => l.EndsWith($"[{DiagnosticCodes.BalanceWithoutChapter}]", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("da/cases/", w, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.Contains(": warning: the balance 'activity-value' has no da chapter", w, StringComparison.Ordinal));
    }
}
