using System.Collections.Immutable;
using MaalMedMening.Generator.Tool;

namespace MaalMedMening.Generator.Tests.Tool;

/// <summary>The balance tool's logic table, evaluated for every combination of answers (issue #4).</summary>
public sealed class LogicTableTests
{
    private static readonly IReadOnlyList<string> Balances = RealRules.Balances;
    private static readonly LogicTable Table = RealRules.Table;
    private static readonly Scale Scale = Table.Scale;

    /// <summary>Each balance: now and would-like each unanswered (null) or 1–5: 36 states, 36⁴ ≈ 1.7 million combinations.</summary>
    private static IEnumerable<Answers> AllCombinations()
    {
        Assert.Equal(4, Balances.Count);
        var states = (from now in Scale.Positions.Cast<int?>().Prepend(null)
                      from want in Scale.Positions.Cast<int?>().Prepend(null)
                      select (now, want)).ToList();
        var builder = ImmutableDictionary.CreateBuilder<(string, AnswerKind), int>();
        foreach (var a in states)
        foreach (var b in states)
        foreach (var c in states)
        foreach (var d in states)
        {
            builder.Clear();
            (int? now, int? want)[] chosen = [a, b, c, d];
            for (var i = 0; i < Balances.Count; i++)
            {
                if (chosen[i].now is { } now) builder[(Balances[i], AnswerKind.Now)] = now;
                if (chosen[i].want is { } want) builder[(Balances[i], AnswerKind.Want)] = want;
            }

            yield return new Answers(builder.ToImmutable());
        }
    }

    [Fact]
    public void Should_Hold_Every_Invariant_For_Every_Combination()
    {
        var reached = new HashSet<string>();
        var count = 0;
        foreach (var answers in AllCombinations())
        {
            count++;
            var selected = Table.Select(answers);
            var ids = selected.Select(a => a.Id).ToHashSet();
            reached.UnionWith(ids);
            Assert.Equal(selected.Count, ids.Count);

            foreach (var balance in Balances)
            {
                var now = answers.Get(balance, AnswerKind.Now);
                var want = answers.Get(balance, AnswerKind.Want);
                var left = ids.Contains(new PoleAdvice(balance, false).Id);
                var right = ids.Contains(new PoleAdvice(balance, true).Id);

                // Every answered balance gets advice; the nearest pole (both in the middle); nothing for an unanswered one.
                Assert.Equal(now is not null || want is not null, ids.Contains(new QuestionsAdvice(balance).Id));
                Assert.Equal(now <= Scale.Middle, left);
                Assert.Equal(now >= Scale.Middle, right);

                // A move is advised exactly when "would like" differs from "now", and never both ways.
                Assert.Equal(now is not null && want > now, ids.Contains(new MoveAdvice(balance, true).Id));
                Assert.Equal(now is not null && want < now, ids.Contains(new MoveAdvice(balance, false).Id));
            }

            // Opposite combinations never apply together.
            Assert.False(ids.Contains("cross-competition") && ids.Contains("cross-collective-learning"));
            Assert.False(ids.Contains("cross-meaningless-targets") && ids.Contains("cross-value-flexible"));
            Assert.Equal(!answers.IsEmpty, ids.Contains("strategic-1"));
        }

        Assert.Equal(1_679_616, count);
        // Every rule is reachable.
        Assert.DoesNotContain(Table.Rules, r => !reached.Contains(r.Advice.Id));
    }

    [Fact]
    public void Should_Have_One_Rule_Per_Advice()
    {
        var ids = Table.Rules.Select(r => r.Advice.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(4 * 5 + 4 + 6, ids.Count);
    }

    [Fact]
    public void Should_Advise_Against_Competition_For_Individual_Targets_With_Incentives()
    {
        var answers = Answers.None
            .With("individual-collective", AnswerKind.Now, 1)
            .With("incentives-learning", AnswerKind.Now, 2);

        var ids = Table.Select(answers).Select(a => a.Id).ToList();

        Assert.Contains("cross-competition", ids);
        Assert.Contains("operational-2", ids);
        Assert.Contains("strategic-3", ids);
        Assert.DoesNotContain("operational-3", ids);
    }

    [Fact]
    public void Should_Spell_Out_Moves_As_Css_Selectors()
    {
        var selectors = Condition.Moving("b", towardRight: true, Scale).Selectors();

        Assert.Equal(4, selectors.Count);
        Assert.Equal(":has(#b-n1:checked):has(:is(#b-w2,#b-w3,#b-w4,#b-w5):checked)", selectors[0]);
        Assert.Equal(":has(#b-n4:checked):has(#b-w5:checked)", selectors[3]);
    }

    [Fact]
    public void Should_Hide_Advice_Only_Where_Has_Is_Supported()
    {
        var css = ToolCssWriter.Write(Table, Balances);

        var supports = css.IndexOf("@supports selector(:has(*)) {", StringComparison.Ordinal);
        Assert.True(supports >= 0);
        Assert.True(css.IndexOf("display: none", StringComparison.Ordinal) > supports, "blocks are hidden only inside @supports");
        Assert.Contains(".tool:has(:is(#av-n1,#av-n2,#av-n3):checked) :is(#advice-pole-activity-value-left,", css);
        Assert.Equal(css, ToolCssWriter.Write(Table, Balances));
    }
}
