namespace MaalMedMening.Generator.Tests.Support;

/// <summary>What a rejected build must do: exit 1, say each expected line, show no stack trace, leave the previous output alone.</summary>
public static class RejectedBuild
{
    /// <summary>Builds the site as it is and returns a snapshot of its output: the "previous output" a failed build must leave alone.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> BuildOnceAsync(TestSite site)
    {
        var first = await site.BuildAsync();
        Assert.True(first.ExitCode == 0, "the site did not build before the hostile change:\n" + first.Errors);
        return FolderSnapshot.Take(site.Output);
    }

    public static void AssertRejected(TestSite site, IReadOnlyDictionary<string, string> before, TestSite.Outcome outcome, params string[] expected)
    {
        Assert.True(outcome.ExitCode == 1, $"exit code {outcome.ExitCode}\n{outcome.Errors}");
        foreach (var line in expected)
        {
            Assert.True(outcome.ErrorLines.Contains(line), $"expected the line\n{line}\nbut got\n{outcome.Errors}");
        }

        Assert.DoesNotContain("   at ", outcome.Errors);
        Assert.DoesNotContain("Unhandled exception", outcome.Errors);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }
}
