using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Content;

/// <summary>Ids and addresses are spelt by the page's language: its built-in table, changed by site.yml's transliteration:.</summary>
public sealed class TransliterationTests
{
    [Theory]
    [InlineData("da", "Mål med mening", "maal-med-mening")]
    [InlineData("da", "Hvad betyder præstationsmål for arbejdsmiljøet?", "hvad-betyder-praestationsmaal-for-arbejdsmiljoeet")]
    [InlineData("da", "Æbler, Øer og Åer", "aebler-oeer-og-aaer")]
    [InlineData("da", "1. Mål for aktivitet – eller værdiskabelse?", "1-maal-for-aktivitet-eller-vaerdiskabelse")]
    [InlineData("da", "Café Zoë", "cafe-zoe")]
    [InlineData("da", "Müller", "mueller")]
    [InlineData("nb", "Blåbær på øya", "blaabaer-paa-oeya")]
    [InlineData("nn", "Blåbær", "blaabaer")]
    [InlineData("sv", "för många möten", "for-manga-moten")]
    [InlineData("sv", "Ärlig återkoppling", "arlig-aterkoppling")]
    [InlineData("sv-FI", "för många möten", "for-manga-moten")]
    [InlineData("de", "Größe und Übermaß", "groesse-und-uebermass")]
    [InlineData("de-AT", "Schön", "schoen")]
    [InlineData("en", "Café Zoë and Søren Kierkegaard", "cafe-zoe-and-soren-kierkegaard")]
    [InlineData("fr", "Œuvre à côté", "oeuvre-a-cote")]
    public void Should_Spell_Text_As_The_Language_Spells_It(string language, string text, string slug) =>
        Assert.Equal(slug, Transliteration.For(language).Slugify(text));

    [Theory]
    [InlineData("da", "???", "u003f-003f-003f")]
    [InlineData("sv", "Ωμέγα", "u03a9-03bc-03ad-03b3")]
    [InlineData("en", "", "u")]
    public void Should_Name_Text_Without_A_Spellable_Letter_By_Its_Code_Points_Not_By_A_Word(string language, string text, string slug) =>
        Assert.Equal(slug, Transliteration.For(language).Slugify(text));

    [Fact]
    public void Should_Let_Overrides_Win_Over_The_Built_In_Table()
    {
        // Given Swedish with o-umlaut written out and one extra letter
        var spelling = Transliteration.For("sv").With(new Dictionary<char, string> { ['ö'] = "oe", ['ł'] = "l" });

        // When and then: the overrides apply, the rest of the Swedish table stays
        Assert.Equal("foer-manga-moeten-lodka", spelling.Slugify("för många möten Łódka"));
    }

    [Fact]
    public async Task Should_Give_Swedish_Headings_And_Addresses_Swedish_Ids()
    {
        // Given a Swedish and English site whose Swedish page and heading hold å, ä and ö
        using var site = SwedishSite();

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the Swedish heading and address drop the marks, and the English page's are unchanged
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        Assert.Contains("id=\"for-manga-moten\"", site.OutputText("sv/arlighet/index.html"));
        Assert.Contains("id=\"too-many-meetings\"", site.OutputText("en/honesty/index.html"));
    }

    [Fact]
    public async Task Should_Spell_As_Site_Yml_Says_For_A_Language()
    {
        // Given the Swedish site with o-umlaut written out by site.yml
        using var site = SwedishSite(transliteration: "transliteration:\n  sv: \"ö=oe\"\n");

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the Swedish heading follows site.yml, the rest of the table stays Swedish
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("id=\"foer-manga-moeten\"", site.OutputText("sv/arlighet/index.html"));
    }

    [Theory]
    [InlineData("transliteration:\n  da: \"x=ks\"\n", "input/site.yml:5: error: 'transliteration' names the language 'da', which 'languages' does not list; use one of sv, en [MM180]")]
    [InlineData("transliteration:\n  sv: \"ö=oe öö=o ä=Ä\"\n", "input/site.yml:5: error: 'öö=o' in the sv transliteration is not 'letter=spelling' with one letter and a spelling in a–z and 0–9, such as 'x=ks' [MM180]")]
    public async Task Should_Refuse_A_Transliteration_That_Cannot_Apply(string transliteration, string error)
    {
        // Given a transliteration: for a language the site does not have, or with a pair that is not letter=spelling
        using var site = SwedishSite(transliteration);

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the build fails with the line and code of each wrong entry
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(error, outcome.ErrorLines);
        Assert.All(outcome.ErrorLines.Where(l => l.Contains(": error: ")), l => Assert.EndsWith($"[{DiagnosticCodes.InvalidTransliteration}]", l));
    }

    /// <summary>A small site in Swedish (the default) and English; its Swedish page holds å, ä and ö.</summary>
    internal static TestSite SwedishSite(string transliteration = "")
    {
        var site = new TestSite();
        site.Delete("da/_index.md").Delete("da/forord.md").Delete("da/strings.yml").Delete("en/foreword.md");
        site.Write("site.yml", "languages: sv en\nsiteUrl: https://example.org/guide/\naccessibilityStatement: https://example.org/a11y\n" + transliteration);
        site.Write("sv/strings.yml", File.ReadAllText(Path.Combine(site.Input, "en", "strings.yml")).Replace("languageName: English", "languageName: Svenska"));
        site.Write("sv/_index.md", TestSite.Page("Hem", "home", "", "Välkommen till [ärlighet](arlighet.md)."));
        site.Write("en/_index.md", TestSite.Page("Home", "home", "", "Welcome to [honesty](honesty.md)."));
        site.Write("sv/arlighet.md", TestSite.Page("Ärlighet", "honesty", "arlighet", "## För många möten\n\nText på svenska."));
        site.Write("en/honesty.md", TestSite.Page("Honesty", "honesty", "honesty", "## Too many meetings\n\nText in English."));
        return site;
    }
}
