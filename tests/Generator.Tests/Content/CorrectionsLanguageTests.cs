using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Content;

/// <summary>The corrections' printed and corrected text is marked with the language the publication was printed in.</summary>
public sealed class CorrectionsLanguageTests
{
    [Fact]
    public async Task Should_Mark_Corrections_In_The_Language_Of_The_Printed_Edition_Not_Danish()
    {
        // Given a site printed in Swedish (its default language) with one correction, listed on its pages in both languages
        using var site = TransliterationTests.SwedishSite();
        foreach (var (language, reason) in new[] { ("sv", "Tryckfel"), ("en", "Misprint") })
        {
            site.Write($"{language}/data/corrections.yml", $"- id: moten\n  source: booklet.txt\n  page: honesty\n  original: \"motem\"\n  corrected: \"möten\"\n  reason: \"{reason}\"\n");
        }

        site.Write("sv/arlighet.md", TestSite.Page("Ärlighet", "honesty", "arlighet", "## För många möten\n\n{{< corrections >}}"));
        site.Write("en/honesty.md", TestSite.Page("Honesty", "honesty", "honesty", "## Too many meetings\n\n{{< corrections >}}"));

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the printed and corrected text is marked Swedish on the Swedish and the English page alike
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        foreach (var page in new[] { "sv/arlighet/index.html", "en/honesty/index.html" })
        {
            var html = site.OutputText(page);
            Assert.Contains("<td lang=\"sv\"", html);
            Assert.DoesNotContain("lang=\"da\"", html);
        }
    }
}
