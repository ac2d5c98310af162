using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tests.Content;

public sealed class FrontMatterParserTests
{
    private static SourceFile File(string text) => new("/x/input/da/a.md", "input/da/a.md", "da", "a.md", text);

    [Fact]
    public void Should_Read_Hugo_Named_Fields_And_Body_Line()
    {
        // Given
        var diagnostics = new DiagnosticBag();
        var file = File("---\ntitle: Forord\ndescription: Kort.\ntranslationKey: foreword\nweight: 10\nslug: forord\nbalances:\n  - id: activity-value\n    note: Værdi for borgeren.\n---\nTekst\n");

        // When
        var result = FrontMatterParser.Parse(file, diagnostics);

        // Then
        Assert.False(diagnostics.HasErrors);
        Assert.NotNull(result);
        Assert.Equal(("Forord", "Kort.", "foreword", 10, "forord"), (result.Meta.Title, result.Meta.Description, result.Meta.TranslationKey, result.Meta.Weight, result.Meta.Slug));
        Assert.Equal("activity-value", Assert.Single(result.Meta.Balances).BalanceId);
        Assert.Equal(11, result.BodyLine);
        Assert.Equal("Tekst\n", result.Body);
    }

    [Fact]
    public void Should_Report_A_Weight_That_Is_Not_A_Number_At_Its_Line()
    {
        var diagnostics = new DiagnosticBag();
        FrontMatterParser.Parse(File("---\ntitle: T\ndescription: D\ntranslationKey: k\nweight: ti\n---\n"), diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.WrongKind, 5), (error.Code, error.Span.Line));
    }

    [Fact]
    public void Should_Report_An_Unknown_Layout()
    {
        var diagnostics = new DiagnosticBag();
        FrontMatterParser.Parse(File("---\ntitle: T\ndescription: D\ntranslationKey: k\nlayout: poster\n---\n"), diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownValue, Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
