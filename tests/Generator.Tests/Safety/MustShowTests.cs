using System.Diagnostics;
using System.Text.RegularExpressions;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Generator.Tests.Tool;

namespace MaalMedMening.Generator.Tests.Safety;

/// <summary>
/// Issue #25, "Must show": a self-referencing alias, a six-way any-balance rule, a no-break space in a counted phrase,
/// an advice id with a dot, a NUL in a title and <c>serve --port abc</c>, each run as the generator's own process over
/// the project's input (a stack overflow or an abort cannot be caught in-process): each ends in exit 0, 1 or 2 with
/// its file:line or one-line message within seconds; never a signal, a stack trace, an unbounded run, or a raw control
/// character in what it prints.
/// </summary>
public sealed partial class MustShowTests
{
    // Generous for a machine shared by several builds; before #25 the six-way rule was still running after 300 s.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_Self_Referencing_Alias_In_The_Tool_Rules_Is_An_Error_At_Its_Line()
    {
        // Given the project's input whose tool-rules.yml ends in a rule whose condition contains itself
        using var site = RealInputCopy.Make();
        var line = site.Append("tool-rules.yml",
            "  - id: loop\n    heading: { da: Tværs, en: Across }\n    rules:\n      - show: { tool-advice: " + FirstToolAdvice() + " }\n        when: &w { all: [ *w ] }\n") + 4;

        // When it is built
        var outcome = await site.BuildAsync(Limit);

        // Then the alias is the one error, at its line (not 21 follow-on errors for advice no rule could show)
        AssertEnded(outcome, 1);
        Assert.Equal(
            [$"input/tool-rules.yml:{line}: error: the alias '*w' is inside the node '&w' it names, so it would repeat itself for ever; write the value out instead [{DiagnosticCodes.YamlAliasLoop}]"],
            ContentErrors(outcome));
    }

    [Fact]
    public async Task A_Six_Way_Any_Balance_Rule_Is_Refused_At_Its_Line_With_The_Number_It_Would_Make()
    {
        // Given a rule whose condition is 'all' of six 'any-balance' moves
        using var site = RealInputCopy.Make();
        var six = string.Join(", ", Enumerable.Repeat("{ any-balance: { moving: right } }", 6));
        var line = site.Append("tool-rules.yml",
            "  - id: big\n    heading: { da: Tværs, en: Across }\n    rules:\n      - show: { tool-advice: " + FirstToolAdvice() + " }\n        when: { all: [ " + six + " ] }\n") + 4;
        var chains = Math.Pow(RealRules.Balances.Count * (RealRules.Table.Scale.Count - 1), 6);

        // When it is built
        var watch = Stopwatch.StartNew();
        var outcome = await site.BuildAsync(Limit);

        // Then it fails at once at the rule's 'when:' line, saying how many selector chains it would make
        AssertEnded(outcome, 1);
        var error = Assert.Single(ContentErrors(outcome));
        Assert.StartsWith($"input/tool-rules.yml:{line}: error: this condition would make {chains:0} selector chains (", error);
        Assert.EndsWith($"[{DiagnosticCodes.RuleTooLarge}]", error);
        Assert.True(watch.Elapsed < Limit, $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_No_Break_Space_In_A_Counted_Phrase_Is_Counted_Like_A_Space()
    {
        // Given a counted phrase of two words, and a page that writes it with a no-break space (U+00A0)
        using var site = RealInputCopy.Make();
        site.Append("da/counts.yml", "  - words: prøvede balancer\n    counts: [balances]\n");
        var line = site.Append("da/overview.md", $"\n{RealRules.Balances.Count} prøvede\u00A0balancer.\n") + 1;

        // When it is built, right and then wrong
        var right = await site.BuildAsync(Limit);
        site.Append("da/overview.md", $"\n{RealRules.Balances.Count + 1} prøvede\u00A0balancer.\n");
        var wrong = await site.BuildAsync(Limit);

        // Then the true number builds, and the false one is MM081 at its line, quoted with a plain space
        AssertEnded(right, 0);
        AssertEnded(wrong, 1);
        var error = Assert.Single(ContentErrors(wrong));
        Assert.StartsWith($"input/da/overview.md:{line + 2}: error: the text says '{RealRules.Balances.Count + 1} prøvede balancer', but there are {RealRules.Balances.Count} balances", error);
    }

    [Fact]
    public async Task An_Advice_Id_With_A_Dot_Is_An_Error_At_Its_Line_With_The_Id_To_Write()
    {
        // Given advice whose id has a dot, in both languages and in its rule (before #25 it built, and never showed)
        using var site = RealInputCopy.Make();
        var (id, daLine) = site.FirstId("da/data/advice.yml");
        var (_, enLine) = site.FirstId("en/data/advice.yml");
        foreach (var file in new[] { "da/data/advice.yml", "en/data/advice.yml" })
        {
            site.Replace(file, $"id: {id}\n", $"id: {id}.1\n");
        }

        site.Replace("tool-rules.yml", $"advice: {id} ", $"advice: {id}.1 ");

        // When it is built
        var outcome = await site.BuildAsync(Limit);

        // Then each language's id is an error at its line, suggesting the id to write
        AssertEnded(outcome, 1);
        var message = $"error: the id '{id}.1' cannot be used: ids become HTML ids and CSS selectors, so they are lower-case a–z and 0–9 in words joined by '-', starting with a letter; write '{id}-1' [{DiagnosticCodes.InvalidId}]";
        Assert.Equal([$"input/da/data/advice.yml:{daLine}: {message}", $"input/en/data/advice.yml:{enLine}: {message}"], ContentErrors(outcome));
    }

    [Fact]
    public async Task A_Nul_In_A_Title_Is_An_Error_At_Its_Line_And_Never_Printed()
    {
        // Given a site that built once, whose title then holds a NUL and an escape sequence written as YAML escapes
        using var site = new TestSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = FolderSnapshot.Take(site.Output);
        site.Write("da/forord.md", TestSite.Page("\"For\\0ord\\e]0;pwned\\a\"", "foreword", "forord"));

        // When it is built by the generator's own process
        var outcome = await GeneratorProcess.BuildAsync(site, Limit);

        // Then the title's line has the error, nothing raw reaches the terminal, and the output is as it was
        AssertEnded(outcome, 1);
        Assert.Equal(
            [$"input/da/forord.md:2: error: the control character U+0000 is in the text here: it cannot be shown on a page, so delete it (it may have come with text pasted from another program) [{DiagnosticCodes.ControlCharacter}]"],
            ContentErrors(outcome));
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public async Task Serve_With_A_Port_That_Is_Not_A_Number_Exits_2_With_One_Line()
    {
        using var folder = new TempFolder();

        var outcome = await GeneratorProcess.RunAsync(folder.Path, ["serve", "--port", "abc"], Limit);

        AssertEnded(outcome, 2);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("error: --port must be a whole number from 0 to 65535 (0: any free port), not 'abc'", line);
        Assert.Equal("", outcome.Output);
    }

    /// <summary>Ended as intended: the exit code given, no signal (128+n), no stack trace, no raw control character.</summary>
    private static void AssertEnded(TestSite.Outcome outcome, int code)
    {
        Assert.True(outcome.ExitCode == code, $"exit code {outcome.ExitCode}, expected {code}:\n{outcome.Errors}");
        Assert.DoesNotContain("   at ", outcome.Errors);
        Assert.DoesNotContain("Unhandled exception", outcome.Errors);
        Assert.DoesNotMatch(RawControl(), outcome.Errors);
        Assert.DoesNotMatch(RawControl(), outcome.Output);
    }

    private static string[] ContentErrors(TestSite.Outcome outcome) =>
        outcome.ErrorLines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToArray();

    private static string FirstToolAdvice() =>
        RealRules.Table.Rules.Select(r => r.Advice).OfType<MaalMedMening.Generator.Tool.ToolTextAdvice>().First().AdviceId;

    [GeneratedRegex(@"[\x00-\x08\x0B-\x1F\x7F-\x9F]")]
    private static partial Regex RawControl();
}
