using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tests.Tool;

/// <summary>The balance tool's rules file: every mistake is a content error with its code at its line (issue #12).</summary>
public sealed class ToolRulesLoaderTests
{
    private const string Path = "input/tool-rules.yml";
    private static readonly IReadOnlyList<string> Balances = ["a", "b"];

    // Line 1–6: a five-position scale with two named sets; rules start at line 7.
    private const string Scale5 = "scale:\n  positions: 5\n  sets:\n    near-left: [1, 2]\n    near-right: [4, 5]\n    toward-left: [1, 2, 3]\n";

    private static (LogicTable Table, IReadOnlyList<Diagnostic> Errors) Load(string yaml, IReadOnlyList<string>? balances = null)
    {
        var diagnostics = new DiagnosticBag();
        var table = ToolRulesLoader.Parse(new SourceFile("/tmp/tool-rules.yml", Path, "", "tool-rules.yml", yaml), balances ?? Balances, diagnostics);
        return (table, diagnostics.ToSortedList());
    }

    private static void AssertOnly(IReadOnlyList<Diagnostic> errors, string code, int line)
    {
        var error = Assert.Single(errors);
        Assert.Equal((code, Path, line), (error.Code, error.Span.File, error.Span.Line));
    }

    private static string Group(string rules) => "groups:\n  - id: cross\n    heading: { da: Cross }\n    rules:\n" + rules;

    [Fact]
    public void Should_Refuse_Balances_Whose_Short_Form_Names_Collide()
    {
        // Given three balances, two of which share the initials that name them in the form's ids
        var (table, errors) = Load(Scale5 + "each-balance:\n  - show: pole-left\n    when: { now: toward-left }\n", ["activity-value", "arts-virtues", "b"]);

        // Then the file is refused with one error naming both, and the short ids of the real balances are unique
        AssertOnly(errors, DiagnosticCodes.DuplicateId, 1);
        Assert.Contains("'activity-value' and 'arts-virtues'", errors[0].Message);
        Assert.Contains("'av'", errors[0].Message);
        Assert.Empty(table.Rules);
        Assert.Empty(FormIds.Collisions(["activity-value", "individual-collective", "standardised-flexible", "incentives-learning"]));
        Assert.Equal("av-n3", FormIds.Radio("activity-value", AnswerKind.Now, 3));
    }

    [Theory]
    [InlineData("activity-value", "av")]
    [InlineData("individual-collective-goal", "icg")]
    [InlineData("pace", "pace")]
    [InlineData("a--b", "ab")]
    [InlineData("-pace", "-pace")]
    [InlineData("pace-", "pace-")]
    [InlineData("-a-b-", "ab")]
    public void Should_Name_A_Balance_By_The_Initials_Of_Its_Words_And_A_One_Word_Id_As_It_Is(string balance, string expected) =>
        // An id of several words is shortened to their initials, empty words between hyphens skipped; one word stays whole
        Assert.Equal(expected, FormIds.Short(balance));

    [Fact]
    public void Should_Load_A_Valid_File_Into_Rules_Per_Balance_Then_Per_Group()
    {
        // Given rules for every balance and a group rule over both balances
        var yaml = Scale5 + "each-balance:\n  - show: pole-left\n    when: { now: toward-left }\n  - show: questions\n    when: { answered: true }\n"
            + Group("      - show: { tool-advice: both-left }\n        when: { all: [ { balance: a, now: near-left }, { balance: b, now: [1] } ] }\n        links: page-one page-two\n");

        // When it is loaded
        var (table, errors) = Load(yaml);

        // Then there are no errors, and the rules come in page order with their lines
        Assert.Empty(errors);
        Assert.Equal(["pole-a-left", "questions-a", "pole-b-left", "questions-b", "both-left"], table.Rules.Select(r => r.Advice.Id));
        Assert.Equal(["a", "b", "cross"], table.Groups().Select(g => g.Group));
        Assert.Equal("Cross", table.Heading("cross", "da"));
        Assert.Null(table.Heading("cross", "en"));
        Assert.Null(table.Heading("a", "da"));
        Assert.Equal(16, table.Rules[^1].Span.Line);
        Assert.Equal(["page-one", "page-two"], table.Rules[^1].Links);
        Assert.Equal(["both-left"], table.Select(Answers.None.With("a", AnswerKind.Now, 2).With("b", AnswerKind.Now, 1)).OfType<ToolTextAdvice>().Select(a => a.Id));
        Assert.DoesNotContain(table.Select(Answers.None.With("a", AnswerKind.Now, 2).With("b", AnswerKind.Now, 2)), a => a.Id == "both-left");
    }

    [Fact]
    public void Should_Report_An_Unknown_Balance_At_Its_Line()
    {
        var (_, errors) = Load(Scale5 + Group("      - show: { advice: x }\n        when: { balance: nowhere, now: near-left }\n"));

        AssertOnly(errors, DiagnosticCodes.UnknownId, 12);
        Assert.Contains("unknown balance 'nowhere'; known balances are a, b", errors[0].Message);
    }

    [Fact]
    public void Should_Report_An_Unknown_Set_Of_Positions_At_Its_Line()
    {
        var (_, errors) = Load(Scale5 + "each-balance:\n  - show: pole-left\n    when: { now: far-left }\n");

        // Reported once, although the rule is applied to both balances
        AssertOnly(errors, DiagnosticCodes.UnknownId, 9);
        Assert.Contains("'far-left'", errors[0].Message);
    }

    [Theory]
    [InlineData("{ now: [1, 6] }", 9)]
    [InlineData("{ want: [0] }", 9)]
    public void Should_Report_A_Position_Off_The_Scale_At_Its_Line(string when, int line)
    {
        var (_, errors) = Load(Scale5 + $"each-balance:\n  - show: pole-left\n    when: {when}\n");

        AssertOnly(errors, DiagnosticCodes.RuleError, line);
    }

    [Fact]
    public void Should_Report_A_Set_Of_Positions_Off_The_Scale_At_Its_Line()
    {
        var (_, errors) = Load("scale:\n  positions: 3\n  sets:\n    near-right: [3, 4]\n");

        AssertOnly(errors, DiagnosticCodes.RuleError, 4);
    }

    [Fact]
    public void Should_Report_A_Second_Rule_For_The_Same_Advice_At_Its_Line()
    {
        var (_, errors) = Load(Scale5 + Group(
            "      - show: { advice: s1 }\n        when: { balance: a, now: near-left }\n      - show: { advice: s1 }\n        when: { balance: b, now: near-left }\n"));

        AssertOnly(errors, DiagnosticCodes.RuleError, 13);
        Assert.Contains($"already has a rule at {Path}:11", errors[0].Message);
    }

    [Fact]
    public void Should_Report_A_Second_Rule_For_Every_Balance_Once()
    {
        var (_, errors) = Load(Scale5 + "each-balance:\n  - show: questions\n    when: { answered: true }\n  - show: questions\n    when: { now: [1] }\n");

        AssertOnly(errors, DiagnosticCodes.RuleError, 10);
    }

    [Theory]
    [InlineData("each-balance:\n  - show: pole-left\n    when: { now: near-left }\n    colour: red\n", 10, "unknown key 'colour'; the known keys are links, show, when")]
    [InlineData("each-balance:\n  - show: pole-left\n    when: { now: near-left, wnat: [1] }\n", 9, "unknown key 'wnat'; did you mean 'want'?")]
    [InlineData("groups:\n  - id: g\n    heading: { da: h }\n    rules:\n      - show: { advise: s1 }\n        when: { balance: a, now: [1] }\n", 11, "unknown key 'advise'; did you mean 'advice'?")]
    [InlineData("extra: 1\n", 7, "unknown key 'extra'")]
    public void Should_Report_An_Unknown_Key_At_Its_Line_With_The_Nearest_Known_Key(string rules, int line, string message)
    {
        var (_, errors) = Load(Scale5 + rules);

        AssertOnly(errors, DiagnosticCodes.UnknownKey, line);
        Assert.Contains(message, errors[0].Message);
    }

    [Theory]
    [InlineData("each-balance:\n  - show: pole-middle\n    when: { now: near-left }\n", DiagnosticCodes.UnknownValue, 8)]
    [InlineData("each-balance:\n  - show: pole-left\n    when: { moving: up }\n", DiagnosticCodes.UnknownValue, 9)]
    [InlineData("each-balance:\n  - show: pole-left\n    when: { now: [1], want: [2] }\n", DiagnosticCodes.ConflictingValue, 9)]
    [InlineData("each-balance:\n  - show: pole-left\n    when: { all: near-left }\n", DiagnosticCodes.WrongKind, 9)]
    [InlineData("each-balance:\n  - show: pole-left\n", DiagnosticCodes.MissingField, 8)]
    [InlineData("groups:\n  - id: g\n    heading: { da: h }\n    rules:\n      - show: pole-left\n        when: { balance: a, now: [1] }\n", DiagnosticCodes.WrongKind, 11)]
    [InlineData("groups:\n  - id: g\n    heading: { da: h }\n    rules:\n      - show: { advice: s1 }\n        when: { now: [1] }\n", DiagnosticCodes.MissingField, 12)]
    [InlineData("groups:\n  - id: a\n    heading: { da: h }\n", DiagnosticCodes.RuleError, 8)]
    public void Should_Report_A_Bad_Shape_At_Its_Line(string rules, string code, int line)
    {
        var (_, errors) = Load(Scale5 + rules);

        AssertOnly(errors, code, line);
    }

    [Theory]
    [InlineData("scale:\n  positions: 1\n", DiagnosticCodes.InvalidValue, 2)]
    [InlineData("scale:\n  positions: five\n", DiagnosticCodes.InvalidValue, 2)]
    [InlineData("scale:\n  positions: 1000000\n", DiagnosticCodes.InvalidValue, 2)]
    [InlineData("", DiagnosticCodes.WrongKind, 1)]
    [InlineData("each-balance: []\n", DiagnosticCodes.MissingField, 1)]
    [InlineData("- a\n- b\n", DiagnosticCodes.WrongKind, 1)]
    public void Should_Report_A_Bad_Scale_Or_File_At_Its_Line(string yaml, string code, int line)
    {
        var (table, errors) = Load(yaml);

        AssertOnly(errors, code, line);
        Assert.Empty(table.Rules);
    }

    [Fact]
    public void Should_Report_Advice_And_Headings_And_Pages_A_Language_Lacks_At_The_Rule_And_Unreachable_Advice_At_Its_Own_Line()
    {
        // Given rules that show tool advice "t1" and booklet advice "s1", with a heading in Danish only and a page link
        var (table, errors) = Load(Scale5 + Group(
            "      - show: { tool-advice: t1 }\n        when: { balance: a, now: [1] }\n      - show: { advice: s1 }\n        when: { balance: b, now: [1] }\n        links: chapter\n"));
        Assert.Empty(errors);
        // ... and a language whose data has neither, but has advice "s2" and tool advice "t2" that no rule shows
        var data = new LanguageData("en", [], [], [new Advice("s2", "Titel", "strategic", "Tekst.", new SourceSpan("input/da/data/advice.yml", 3))], [], [],
            [new ToolAdvice("t2", "Titel", "Tekst.", [], new SourceSpan("input/da/data/tool-advice.yml", 5))], []);
        var strings = new UiStrings("en", new Dictionary<string, string>());
        var diagnostics = new DiagnosticBag();

        // When the rules are checked against the language
        RuleCheck.CheckLanguage(table, data, strings, new SiteIndex(["en"], []), "input/da/data", diagnostics);

        // Then each is reported with its code at its line
        Assert.Equal(
            [
                (DiagnosticCodes.RuleError, "input/da/data/advice.yml", 3),
                (DiagnosticCodes.RuleError, "input/da/data/tool-advice.yml", 5),
                (DiagnosticCodes.MissingToolHeading, Path, 9), // the group's heading has no English text
                (DiagnosticCodes.UnknownId, Path, 11), // tool advice t1
                (DiagnosticCodes.UnknownId, Path, 13), // advice s1
                (DiagnosticCodes.UnknownId, Path, 13), // page 'chapter'
            ],
            diagnostics.ToSortedList().Select(d => (d.Code, d.Span.File, d.Span.Line)));
    }

    [Fact]
    public void Should_Not_Also_Report_Advice_Whose_Rule_Has_An_Error_As_Unreachable()
    {
        // Given a rule for advice "s1" whose condition names an unknown balance, and data that has "s1"
        var (table, errors) = Load(Scale5 + Group("      - show: { advice: s1 }\n        when: { balance: nowhere, now: [1] }\n"));
        AssertOnly(errors, DiagnosticCodes.UnknownId, 12);
        var data = new LanguageData("da", [], [], [new Advice("s1", "Titel", "strategic", "Tekst.", new SourceSpan("input/da/data/advice.yml", 3))], [], [], [], []);
        var diagnostics = new DiagnosticBag();

        // When the rules are checked against the data
        RuleCheck.CheckLanguage(table, data, new UiStrings("da", new Dictionary<string, string>()), new SiteIndex(["da"], []), "input/da/data", diagnostics);

        // Then "s1" is not reported again as advice no rule shows
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Should_Report_Balances_Without_Rules()
    {
        var diagnostics = new DiagnosticBag();

        RuleCheck.CheckLanguage(null, new LanguageData("da", [], [], [], [], [], [], []), new UiStrings("da", new Dictionary<string, string>()), new SiteIndex(["da"], []), "input/da/data", diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.RuleError, "input/da/data/balances.yml", 1), (error.Code, error.Span.File, error.Span.Line));
    }
}
