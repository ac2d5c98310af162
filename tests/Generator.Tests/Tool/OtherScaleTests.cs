using System.Collections.Immutable;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tests.Tool;

/// <summary>Nothing assumes the booklet's five positions or four balances: a tool with 3 positions and 3 balances (issue #12).</summary>
public sealed class OtherScaleTests
{
    private static readonly IReadOnlyList<string> Balances = ["x", "y", "z"];

    private const string Rules = """
        scale:
          positions: 3
          sets:
            left: [1]
            right: [3]
            toward-left: [1, 2]
            toward-right: [2, 3]
        each-balance:
          - show: pole-left
            when: { now: toward-left }
          - show: pole-right
            when: { now: toward-right }
          - show: move-left
            when: { moving: left }
          - show: move-right
            when: { moving: right }
          - show: questions
            when: { answered: true }
        groups:
          - id: together
            heading: { da: Sammen }
            rules:
              - show: { tool-advice: x-and-y-left }
                when: { all: [ { balance: x, now: left }, { balance: y, now: left } ] }
          - id: always
            heading: { da: Altid }
            rules:
              - show: { advice: any-answer }
                when: { any-balance: { answered: true } }
        """;

    private static LogicTable Load()
    {
        var diagnostics = new DiagnosticBag();
        var table = ToolRulesLoader.Parse(new SourceFile("/tmp/tool-rules.yml", "input/tool-rules.yml", "", "tool-rules.yml", Rules), Balances, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return table;
    }

    private static IEnumerable<Answers> AllCombinations(Scale scale)
    {
        var states = (from now in scale.Positions.Cast<int?>().Prepend(null)
                      from want in scale.Positions.Cast<int?>().Prepend(null)
                      select (now, want)).ToList();
        IEnumerable<ImmutableDictionary<(string, AnswerKind), int>> answers = [ImmutableDictionary<(string, AnswerKind), int>.Empty];
        foreach (var balance in Balances)
        {
            answers = answers.SelectMany(a => states.Select(s =>
            {
                var with = s.now is { } now ? a.SetItem((balance, AnswerKind.Now), now) : a;
                return s.want is { } want ? with.SetItem((balance, AnswerKind.Want), want) : with;
            })).ToList();
        }

        return answers.Select(a => new Answers(a));
    }

    [Fact]
    public void Should_Evaluate_A_Three_Position_Scale_With_Three_Balances_For_Every_Combination()
    {
        // Given rules over a scale of 3 positions and 3 balances
        var table = Load();
        Assert.Equal([1, 2, 3], table.Scale.Positions);
        Assert.Equal(3 * 5 + 2, table.Rules.Count);

        // When every combination of answers is evaluated (16 states per balance, 16³)
        var count = 0;
        var reached = new HashSet<string>();
        foreach (var answers in AllCombinations(table.Scale))
        {
            count++;
            var ids = table.Select(answers).Select(a => a.Id).ToHashSet();
            reached.UnionWith(ids);

            // Then each balance gets the nearer pole (both in the middle, 2), moves and questions as answered
            foreach (var balance in Balances)
            {
                var now = answers.Get(balance, AnswerKind.Now);
                var want = answers.Get(balance, AnswerKind.Want);
                Assert.Equal(now <= 2, ids.Contains(new PoleAdvice(balance, false).Id));
                Assert.Equal(now >= 2, ids.Contains(new PoleAdvice(balance, true).Id));
                Assert.Equal(now is not null && want > now, ids.Contains(new MoveAdvice(balance, true).Id));
                Assert.Equal(now is not null && want < now, ids.Contains(new MoveAdvice(balance, false).Id));
                Assert.Equal(now is not null || want is not null, ids.Contains(new QuestionsAdvice(balance).Id));
            }

            Assert.Equal(answers.Get("x", AnswerKind.Now) == 1 && answers.Get("y", AnswerKind.Now) == 1, ids.Contains("x-and-y-left"));
            Assert.Equal(!answers.IsEmpty, ids.Contains("any-answer"));
        }

        Assert.Equal(4096, count);
        Assert.All(table.Rules, r => Assert.Contains(r.Advice.Id, reached));
    }

    [Fact]
    public void Should_Write_Css_For_Three_Positions_Only()
    {
        // Given the three-position rules
        var table = Load();

        // When the CSS is written
        var css = ToolCssWriter.Write(table, Balances);

        // Then it names radios 1–3 of every balance, and a move to the right from 1 or 2 only
        Assert.Contains(".z-w3", css);
        Assert.DoesNotMatch(@"-[nw]4\b", css);
        Assert.Contains(".tool:is(:has(#x-n1:checked):has(:is(#x-w2,#x-w3):checked),\n:has(#x-n2:checked):has(#x-w3:checked)) :is(#advice-move-x-right,", css);
        Assert.Equal(2, Condition.Moving("x", towardRight: true, table.Scale).Selectors().Count);
    }

    [Theory]
    [InlineData(3, new[] { "Venstre", "[midten]", "Højre" })]
    [InlineData(4, new[] { "Venstre", "tæt på Venstre", "tæt på Højre", "Højre" })]
    [InlineData(5, new[] { "Venstre", "tæt på Venstre", "[midten]", "tæt på Højre", "Højre" })]
    public void Should_Name_The_Poles_The_Middle_Of_An_Odd_Scale_And_Near_The_Nearer_Pole(int count, string[] expected)
    {
        // Given a balance and a scale of count positions
        var balance = new Balance("x", "Fokus", "Venstre eller højre?",
            new Pole("l", "Venstre", "", "", null, null, new SourceSpan("input/da/data/balances.yml", 7)), new Pole("r", "Højre", "", "", null, null, new SourceSpan("input/da/data/balances.yml", 9)),
            new SourceSpan("input/da/data/balances.yml", 1));
        var data = new LanguageData("da", [balance], [], [], [], [], [], []);
        var strings = new UiStrings("da", new Dictionary<string, string> { [StringKeys.ToolMiddle] = "[midten]", [StringKeys.ToolNear] = "tæt på {0}" });
        var text = new ToolText(data, strings, new Scale(count, new Dictionary<string, IReadOnlyList<int>>()));

        // When each position is named
        var names = Enumerable.Range(1, count).Select(p => text.Position("x", p));

        // Then the first and last are the poles, an odd scale has a middle, and the rest are near the nearer pole
        Assert.Equal(expected, names);
    }

    private static ToolText SevenPositionText(IReadOnlyDictionary<string, IReadOnlyList<string>> labels)
    {
        var balance = new Balance("x", "Fokus", "Venstre eller højre?",
            new Pole("l", "Venstre", "", "", null, null, new SourceSpan("input/da/data/balances.yml", 7)), new Pole("r", "Højre", "", "", null, null, new SourceSpan("input/da/data/balances.yml", 9)),
            new SourceSpan("input/da/data/balances.yml", 1));
        var data = new LanguageData("da", [balance], [], [], [], [], [], []);
        var strings = new UiStrings("da", new Dictionary<string, string> { [StringKeys.ToolMiddle] = "[midten]", [StringKeys.ToolNear] = "tæt på {0}" });
        return new ToolText(data, strings, new Scale(7, new Dictionary<string, IReadOnlyList<int>>()) { Labels = labels });
    }

    [Fact]
    public void Should_Name_Each_Position_Of_A_Scale_That_Names_Its_Positions_With_The_Poles_Filled_In()
    {
        // Given a seven-position scale whose Danish labels name the poles as {left} and {right}
        var text = SevenPositionText(new Dictionary<string, IReadOnlyList<string>>
        {
            ["da"] = ["Helt {left}", "Mest {left}", "Lidt {left}", "Midt imellem", "Lidt {right}", "Mest {right}", "Helt {right}"],
        });

        // When each position is named
        var names = Enumerable.Range(1, 7).Select(p => text.Position("x", p)).ToList();

        // Then each radio has its own label, with the balance's pole names
        Assert.Equal(["Helt Venstre", "Mest Venstre", "Lidt Venstre", "Midt imellem", "Lidt Højre", "Mest Højre", "Helt Højre"], names);
        Assert.Equal(7, names.Distinct().Count());
    }

    [Theory]
    // A 7-position scale without labels: the pole-based labels would repeat "tæt på …"
    [InlineData("scale:\n  positions: 7\n", DiagnosticCodes.InvalidPositionLabels, 2)]
    // Labels that repeat one another
    [InlineData("scale:\n  positions: 3\n  labels:\n    da: [a, a, b]\n", DiagnosticCodes.InvalidPositionLabels, 4)]
    // Too few labels for the scale
    [InlineData("scale:\n  positions: 3\n  labels:\n    da: [a, b]\n", DiagnosticCodes.InvalidPositionLabels, 4)]
    public void Should_Reject_Position_Labels_That_Would_Give_Two_Radios_One_Name_Or_Miss_One(string yaml, string code, int line)
    {
        // Given a rules file whose scale's labels do not fit it
        var diagnostics = new DiagnosticBag();

        // When it is read
        ToolRulesLoader.Parse(new SourceFile("/tmp/tool-rules.yml", "input/tool-rules.yml", "", "tool-rules.yml", yaml), Balances, diagnostics);

        // Then the one error is at the line of the labels (or of the positions)
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((code, line), (error.Code, error.Span.Line));
    }

    [Fact]
    public void Should_Accept_Seven_Positions_That_Are_Named()
    {
        // Given a seven-position scale with its labels in Danish
        var diagnostics = new DiagnosticBag();
        var yaml = "scale:\n  positions: 7\n  labels:\n    da: [\"{left}\", b, c, d, e, f, \"{right}\"]\n";

        // When it is read
        var table = ToolRulesLoader.Parse(new SourceFile("/tmp/tool-rules.yml", "input/tool-rules.yml", "", "tool-rules.yml", yaml), Balances, diagnostics);

        // Then it has no errors and keeps the labels
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["{left}", "b", "c", "d", "e", "f", "{right}"], table.Scale.Labels["da"]);
    }
}
