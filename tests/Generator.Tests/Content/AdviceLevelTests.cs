using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tests.Content;

/// <summary>Advice levels are the publication's data (advice-levels.yml), not a fixed pair in the generator.</summary>
public sealed class AdviceLevelTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tooldata-levels-" + Guid.NewGuid().ToString("N"));

    private LanguageData Load(string levels, string advice, DiagnosticBag diagnostics)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "data"));
        File.WriteAllText(Path.Combine(_folder, "data", "advice-levels.yml"), levels);
        File.WriteAllText(Path.Combine(_folder, "data", "advice.yml"), advice);
        return DataLoader.Load(_folder, "sv", diagnostics);
    }

    [Fact]
    public void Should_Read_A_Publications_Own_Levels_And_Accept_Advice_At_Them()
    {
        // Given levels of the publication's own and advice at one of them
        var diagnostics = new DiagnosticBag();
        var data = Load("- id: before\n  name: Före mötet\n- id: after\n  name: Efter mötet\n", "- id: a1\n  title: T\n  level: after\n  text: X\n", diagnostics);

        // Then they load without errors, with their names, and the advice is at its level
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal([("before", "Före mötet"), ("after", "Efter mötet")], data.AdviceLevels.Select(l => (l.Id, l.Name)));
        Assert.Equal(["a1"], data.AdviceAt("after").Select(a => a.Id));
    }

    [Fact]
    public void Should_Report_Advice_At_A_Level_The_Publication_Does_Not_Declare_At_Its_Line()
    {
        // Given advice (line 5) at the level 'strategic', which this publication's levels do not name
        var diagnostics = new DiagnosticBag();
        Load("- id: before\n  name: Före mötet\n", "- id: a1\n  title: T\n  level: before\n  text: X\n- id: a2\n  title: T\n  level: strategic\n  text: X\n", diagnostics);

        // Then the one error is at the advice, and names the levels there are
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.UnknownValue, 5), (error.Code, error.Span.Line));
        Assert.Contains("use before", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
