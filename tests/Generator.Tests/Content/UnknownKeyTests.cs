using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Content;

/// <summary>
/// A misspelt key in any YAML file the generator reads is an error at its line that names the key meant, instead of
/// a field dropped in silence (a tool advice that loses its links, a chart without its source labels).
/// </summary>
public sealed class UnknownKeyTests
{
    public static TheoryData<string, string, int, string> DataFiles() => new()
    {
        // data file, its text with one misspelt key, the key's line, and the message
        { "balances.yml", "- id: b\n  dimension: D\n  name: N\n  poles:\n    - { id: l, name: L, advantage: A, risk: R }\n    - { id: r, name: R, advantage: A, risk: R }\n  dimensionn: x\n", 7, "unknown key 'dimensionn'; did you mean 'dimension'?" },
        { "balances.yml", "- id: b\n  dimension: D\n  name: N\n  poles:\n    - { id: l, name: L, advantage: A, risk: R }\n    - id: r\n      name: R\n      advantage: A\n      risk: R\n      riskSentense: S\n", 10, "unknown key 'riskSentense'; did you mean 'riskSentence'?" },
        { "questions.yml", "- id: q1\n  group: overall\n  text: T\n  txet: T\n", 4, "unknown key 'txet'; did you mean 'text'?" },
        { "advice.yml", "- id: a1\n  title: T\n  level: strategic\n  text: X\n  levle: operational\n", 5, "unknown key 'levle'; did you mean 'level'?" },
        { "charts.yml", "- id: c\n  title: T\n  source: S\n  sourceLabel: x\n  bars:\n    - { label: a, value: 1 }\n", 4, "unknown key 'sourceLabel'; did you mean 'sourceLabels'?" },
        { "charts.yml", "- id: c\n  title: T\n  source: S\n  bars:\n    - label: a\n      value: 1\n      vaule: 2\n", 7, "unknown key 'vaule'; did you mean 'value'?" },
        { "glossary.yml", "- id: g\n  term: T\n  explanation: E\n  explanaton: E\n", 4, "unknown key 'explanaton'; did you mean 'explanation'?" },
        { "tool-advice.yml", "- id: t\n  title: T\n  text: X\n  linkss: foreword\n", 4, "unknown key 'linkss'; did you mean 'links'?" },
        { "corrections.yml", "- id: c\n  source: S\n  page: '1'\n  original: O\n  corrected: C\n  reason: R\n  resaon: R\n", 7, "unknown key 'resaon'; did you mean 'reason'?" },
        // Nothing near: every known key is listed instead.
        { "glossary.yml", "- id: g\n  term: T\n  explanation: E\n  colour: red\n", 4, "unknown key 'colour'; the known keys are explanation, id, term" },
    };

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Should_Report_An_Unknown_Key_Of_A_Data_File_At_Its_Line(string file, string text, int line, string message)
    {
        // Given a language folder whose data file has one misspelt key
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("data"));
        File.WriteAllText(folder.Combine("data", file), text);
        // Advice needs its level declared; declared here so that the misspelt key is the one mistake.
        File.WriteAllText(folder.Combine("data", DataLoader.AdviceLevelsFile), "- id: strategic\n  name: S\n- id: operational\n  name: O\n");
        var diagnostics = new DiagnosticBag();

        // When its data is loaded
        DataLoader.Load(folder.Path, "da", diagnostics);

        // Then that key, and only it, is an error at its line that names the key meant
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.UnknownKey, line, message), (error.Code, error.Span.Line, error.Message));
        Assert.EndsWith(file, error.Span.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_An_Unknown_Key_Of_The_Settings()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine(SettingsReader.FileName),
            "languages: da en\nsiteUrl: https://example.dk/\naccessibilityStatement: https://example.dk/was\nmenus: foreword\n");
        var diagnostics = new DiagnosticBag();

        SettingsReader.Read(folder.Path, null, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.UnknownKey, 4, "unknown key 'menus'; did you mean 'menu'?"), (error.Code, error.Span.Line, error.Message));
    }

    [Fact]
    public void Should_Report_An_Unknown_Key_Of_The_Counts()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine(CountStatements.FileName),
            "numbers:\n  fem: 5\nstatements:\n  - words: råd\n    counts: [advice]\n    count: [advice]\n");
        var diagnostics = new DiagnosticBag();

        CountStatements.Load(folder.Path, "da", diagnostics, null);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.UnknownKey, 6, "unknown key 'count'; did you mean 'counts'?"), (error.Code, error.Span.Line, error.Message));
    }

    [Fact]
    public void Should_Report_An_Unknown_Key_Of_The_Strings_Table_With_The_Nearest_Key()
    {
        // Given the real Danish strings table with one key misspelt on a line of its own at the end
        using var folder = new TempFolder();
        var real = File.ReadAllText(Path.Combine(RepoPaths.Input, "da", StringTable.FileName));
        var line = real.Count(c => c == '\n') + 1;
        File.WriteAllText(folder.Combine(StringTable.FileName), real + "contens: Indhold\n");
        var diagnostics = new DiagnosticBag();

        // When it is loaded
        StringTable.Load(folder.Path, "da", diagnostics);

        // Then only that line is an error, naming the key meant
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.UnknownKey, line, "unknown key 'contens'; did you mean 'contents'?"), (error.Code, error.Span.Line, error.Message));
    }

    [Fact]
    public void Should_Suggest_The_Key_Whose_Letters_Are_Swapped()
    {
        // 'titel' is two edits from 'title' by insertions and deletions, but one swap of neighbours.
        Assert.Equal("title", NearMatch.Find("titel", ["title", "slug", "weight"]));
        Assert.Null(NearMatch.Find("colour", ["id", "term", "explanation"]));
    }

    [Fact]
    public async Task Should_Fail_The_Build_Of_The_Real_Site_At_A_Misspelt_Links_Key()
    {
        // Given the real input with 'linkss:' for 'links:' in the Danish tool advice
        using var copy = RealInputCopy.Make();
        var path = Path.Combine("da", DataLoader.Folder, "tool-advice.yml");
        var text = File.ReadAllText(Path.Combine(copy.Input, path));
        var line = 1 + text.AsSpan(0, text.IndexOf("\n  links:", StringComparison.Ordinal) + 1).Count('\n');
        copy.Replace(path, "\n  links:", "\n  linkss:");

        // When it is built
        var outcome = await copy.BuildAsync(TimeSpan.FromSeconds(180));

        // Then the build fails at that line, naming the key meant
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.ErrorLines, l => l.EndsWith($"da/data/tool-advice.yml:{line}: error: unknown key 'linkss'; did you mean 'links'? [{DiagnosticCodes.UnknownKey}]", StringComparison.Ordinal));
    }
}
