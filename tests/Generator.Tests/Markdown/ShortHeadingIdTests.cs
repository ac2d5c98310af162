using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Markdown;

/// <summary>A one-character <c>{#x}</c> is an id like any other, not heading text (issue #29).</summary>
public sealed class ShortHeadingIdTests
{
    [Fact]
    public async Task Should_Take_A_One_Character_Id_As_The_Headings_Id()
    {
        // Given headings with a one-character id and a two-character id, and a link to the first
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "## Kort {#x}\n\nSe [her](#x).\n\n## Lang {#xy}\n\nTekst."));

        // When built
        var outcome = await site.BuildAsync();

        // Then both are ids, the text is only the heading's words, and the link to the short one resolves
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var html = site.OutputText("da/forord/index.html");
        Assert.Contains("<h2 id=\"x\">Kort</h2>", html);
        Assert.Contains("<h2 id=\"xy\">Lang</h2>", html);
        Assert.DoesNotContain("{#x}", html);
        Assert.Contains("<a href=\"#x\">her</a>", html);
    }
}
