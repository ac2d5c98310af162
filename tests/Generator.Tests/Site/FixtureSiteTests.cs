using System.Collections.Immutable;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Generator.Tool;

namespace MaalMedMening.Generator.Tests.Site;

/// <summary>
/// The proof that the generator holds no content (issue #12): a second, small site (tests/Fixtures/three-languages:
/// three languages, English first; three balances on a three-position scale with rules of its own) builds with the
/// same generator and passes the real site's structural checks, and its tool's CSS shows exactly what the C#
/// evaluation selects for every combination of answers.
/// </summary>
public sealed class FixtureSiteTests
{
    public static string Input => Path.Combine(RepoPaths.Root, "tests", "Fixtures", "three-languages", "input");

    private static readonly Lazy<Task<string>> Built = new(async () =>
    {
        var output = Path.Combine(Path.GetTempPath(), "mmm-three-languages-" + Environment.ProcessId);
        var errors = new StringWriter();
        var code = await BuildCommand.RunAsync(new BuildOptions(Input, output, RepoPaths.Theme, null, false), TextWriter.Null, errors);
        Assert.True(code == 0, "the three-language fixture did not build:\n" + errors);
        return output;
    });

    [Fact]
    public async Task Should_Build_Every_Page_In_All_Three_Languages()
    {
        // Given the fixture's three languages
        var output = await Built.Value;

        // Then each has its home, pages, section, 404 page and embeds, and the root has the chooser
        foreach (var language in new[] { "en", "fr", "de" })
        {
            Assert.True(File.Exists(Path.Combine(output, language, "index.html")), $"{language}/index.html");
            Assert.True(File.Exists(Path.Combine(output, language, "404.html")), $"{language}/404.html");
            Assert.True(File.Exists(Path.Combine(output, "embed", language, "tool", "index.html")), $"embed/{language}/tool");
            Assert.True(File.Exists(Path.Combine(output, "embed", language, "questions", "pace-depth", "index.html")), $"embed/{language}/questions/pace-depth");
            Assert.Equal(9, Directory.EnumerateFiles(Path.Combine(output, language), "index.html", SearchOption.AllDirectories).Count());
        }

        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public async Task Should_Link_Every_Page_To_Its_Two_Twins_Both_Ways()
    {
        // Given the built fixture
        var checks = LanguageChecks.For(Input, await Built.Value);
        Assert.Equal(27 + 12, checks.PagesWithTwins().Count);

        // When its hreflang links are followed
        var findings = checks.HreflangFindings().Concat(checks.ChooserFindings()).ToList();

        // Then every page names itself, its two twins and x-default (English), and each twin names it back
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task Should_Offer_Both_Other_Languages_By_Their_Own_Names()
    {
        // Given the built fixture
        var checks = LanguageChecks.For(Input, await Built.Value);

        // When each page's language switcher is read
        var findings = checks.SwitcherFindings();

        // Then it offers the two other languages' twins, named "English", "Français" or "Deutsch"
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task Should_List_Every_Readable_Page_With_All_Alternates_In_The_Sitemap()
    {
        // Given the built fixture
        var checks = LanguageChecks.For(Input, await Built.Value);

        // When its sitemap is read
        var findings = checks.SitemapFindings();

        // Then every readable page and the chooser is there with three alternates and x-default
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Theory]
    [InlineData("en/words/index.html", "team", "explanation of team")]
    [InlineData("fr/mots/index.html", "team", "[fr] explanation of team")]
    [InlineData("de/woerter/index.html", "team", "[de] explanation of team")]
    public async Task Should_Give_Each_Glossary_Term_In_Every_Language_With_Its_Lang(string path, string id, string explanation)
    {
        // Given a glossary page of the fixture
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(await Built.Value, path)));

        // When an entry is read
        var entry = document.GetElementById(id)!;
        var terms = entry.QuerySelectorAll("[lang]").Select(e => (e.GetAttribute("lang"), e.TextContent.Trim())).ToList();

        // Then it gives the default language's headword, then the term in each other language, each marked, and the page's explanation
        Assert.Equal([("en", "team"), ("fr", "équipe"), ("de", "Team")], terms);
        Assert.Equal("dt", entry.QuerySelector("[lang=en]")!.LocalName);
        Assert.Contains(explanation, entry.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en/topics/one-voice-or-many/index.html", "12.5%")]
    [InlineData("fr/sujets/une-voix-ou-plusieurs/index.html", "12,5 %")]
    [InlineData("de/themen/eine-stimme-oder-viele/index.html", "12,5 %")]
    public async Task Should_Write_Chart_Numbers_As_Each_Language_Says_In_Its_Strings(string path, string expected)
    {
        // Given a chart of 12.5 % on a page of each language (decimalSeparator and percentFormat in its strings.yml)
        var html = await File.ReadAllTextAsync(Path.Combine(await Built.Value, path));

        // Then the value is written in that language's format
        Assert.Contains($">{expected}<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Show_In_Css_Exactly_The_Advice_The_Logic_Table_Selects_For_Every_Combination()
    {
        // Given the fixture's rules and balances, and the stylesheet its build wrote
        var diagnostics = new DiagnosticBag();
        var balances = DataLoader.Load(Path.Combine(Input, "en"), "en", diagnostics).Balances.Select(b => b.Id).ToList();
        var table = ToolRulesLoader.Load(Input, balances, diagnostics)!;
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(3, balances.Count);
        Assert.Equal(3, table.Scale.Positions.Count);
        var css = new ToolCssEvaluator(await File.ReadAllTextAsync(BuiltStylesheet.ToolPathIn(await Built.Value)));
        var nameOf = balances
            .SelectMany(b => new[] { AnswerKind.Now, AnswerKind.Want }.SelectMany(k => table.Scale.Positions.Select(p => (Id: FormIds.Radio(b, k, p), Name: FormIds.Name(b, k)))))
            .ToDictionary(x => x.Id, x => x.Name);

        // Every rule's block and every group is revealed by some CSS rule
        foreach (var target in table.Rules.Select(r => "#" + FormIds.Block(r.Advice.Id)).Concat(table.Groups().Select(g => $"#group-{g.Group}")))
        {
            Assert.Contains(target, css.Targets);
        }

        // When every combination of answers (each balance: now and would-like each unanswered or 1–3; 16³ = 4096) is evaluated both ways
        var mismatches = new List<string>();
        var combinations = 0;
        foreach (var answers in AllCombinations(balances, table.Scale))
        {
            combinations++;
            var checkedIds = answers.Positions.Select(p => FormIds.Radio(p.Key.Balance, p.Key.Kind, p.Value)).ToHashSet(StringComparer.Ordinal);
            var selected = table.Select(answers).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var rule in table.Rules)
            {
                var shown = css.Reveals("#" + FormIds.Block(rule.Advice.Id), checkedIds, nameOf);
                if (shown != selected.Contains(rule.Advice.Id))
                {
                    mismatches.Add($"{string.Join(' ', checkedIds.Order())}: {rule.Advice.Id} CSS {shown}, C# {!shown}");
                }
            }

            foreach (var (group, when) in table.Groups())
            {
                if (css.Reveals($"#group-{group}", checkedIds, nameOf) != when.IsMetBy(answers))
                {
                    mismatches.Add($"{string.Join(' ', checkedIds.Order())}: group {group}");
                }
            }
        }

        // Then the CSS and the C# agree on every block and every group
        Assert.Equal(4096, combinations);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches, e.g.:\n" + string.Join('\n', mismatches.Take(20)));
    }

    [Fact]
    public void Should_Tell_Apart_What_The_Css_Grammar_Says()
    {
        // Given a stylesheet with each form of the grammar (this proves the evaluator above can disagree)
        var css = new ToolCssEvaluator("@supports selector(:has(*)) {\n.tool-block { display: none; }\n" +
            ".tool:has(#a-now-1:checked):has(:is(#b-now-2,#b-now-3):checked) #advice-x { display: block; }\n" +
            ".tool:not(:has([name=a-want]:checked)) #chosen-a-want-none,\n.tool:has(#a-want-1:checked) #chosen-a-want-1 { display: inline; }\n}\n");
        var names = new Dictionary<string, string> { ["a-now-1"] = "a-now", ["b-now-2"] = "b-now", ["b-now-3"] = "b-now", ["a-want-1"] = "a-want" };

        // Then each selector holds for exactly the checked radios it names
        Assert.True(css.Reveals("#advice-x", new HashSet<string> { "a-now-1", "b-now-3" }, names));
        Assert.False(css.Reveals("#advice-x", new HashSet<string> { "a-now-1" }, names));
        Assert.False(css.Reveals("#advice-x", new HashSet<string> { "b-now-2" }, names));
        Assert.True(css.Reveals("#chosen-a-want-none", new HashSet<string> { "a-now-1" }, names));
        Assert.False(css.Reveals("#chosen-a-want-none", new HashSet<string> { "a-want-1" }, names));
        Assert.True(css.Reveals("#chosen-a-want-1", new HashSet<string> { "a-want-1" }, names));
    }

    private static IEnumerable<Answers> AllCombinations(IReadOnlyList<string> balances, Scale scale)
    {
        var states = (from now in scale.Positions.Cast<int?>().Prepend(null)
                      from want in scale.Positions.Cast<int?>().Prepend(null)
                      select (now, want)).ToList();
        IEnumerable<ImmutableDictionary<(string, AnswerKind), int>> partial = [ImmutableDictionary<(string, AnswerKind), int>.Empty];
        foreach (var balance in balances)
        {
            partial = partial.SelectMany(p => states.Select(s =>
            {
                var next = p;
                if (s.now is { } now) next = next.SetItem((balance, AnswerKind.Now), now);
                if (s.want is { } want) next = next.SetItem((balance, AnswerKind.Want), want);
                return next;
            })).ToList();
        }

        return partial.Select(p => new Answers(p));
    }
}
