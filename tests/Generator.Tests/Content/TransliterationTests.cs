using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Tests.Content;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("Mål med mening", "maal-med-mening")]
    [InlineData("Hvad betyder præstationsmål for arbejdsmiljøet?", "hvad-betyder-praestationsmaal-for-arbejdsmiljoeet")]
    [InlineData("Æbler, Øer og Åer", "aebler-oeer-og-aaer")]
    [InlineData("1. Mål for aktivitet – eller værdiskabelse?", "1-maal-for-aktivitet-eller-vaerdiskabelse")]
    [InlineData("Café Zoë", "cafe-zoe")]
    [InlineData("???", "side")]
    public void Should_Slugify_Danish_Text(string text, string slug) =>
        Assert.Equal(slug, Transliteration.Slugify(text));
}
