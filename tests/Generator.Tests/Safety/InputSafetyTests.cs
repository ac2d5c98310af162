using System.Text;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Theme.Models;
using static MaalMedMening.Generator.Tests.Support.RejectedBuild;

namespace MaalMedMening.Generator.Tests.Safety;

/// <summary>
/// Issue #10 ("settings are data, not paths"; "errors, never crashes") and issue #16 (diagnostics are a pure
/// function of the input): each hostile input ends in its exact "input/…:LINE: error: … [MMnnn]" line and exit
/// code 1, never a stack trace, a hang or an abort, and leaves the previous output as it was.
/// </summary>
public sealed class InputSafetyTests
{
    // The minimal site's site.yml: languages on line 1, siteUrl on line 2, accessibilityStatement on line 3.
    private const string Settings = "languages: da en\nsiteUrl: https://example.dk/maalmedmening/\naccessibilityStatement: https://www.was.digst.dk/example-dk\n";

    public static TheoryData<string, string> BadLanguages() => new()
    {
        { "da ../escape", "../escape" },
        { "da /tmp/escape", "/tmp/escape" },
        { "da en/../..", "en/../.." },
    };

    [Theory]
    [MemberData(nameof(BadLanguages))]
    public async Task Should_Report_A_Language_That_Is_A_Path_At_Its_Line_And_Touch_Nothing_Outside(string languages, string bad)
    {
        // Given a site that built once, whose languages then name a path instead of a language code
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        var outside = Path.Combine(Path.GetDirectoryName(site.Input)!, "escape");
        site.Write("site.yml", Settings.Replace("languages: da en", $"languages: {languages}"));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the language is a content error at line 1, and nothing was read or written outside input/ and output/
        AssertRejected(site, before, outcome,
            $"input/site.yml:1: error: '{bad}' is not a language code; write codes such as da, en or de-AT, separated by spaces [{DiagnosticCodes.InvalidLanguage}]");
        Assert.False(Directory.Exists(outside));
        Assert.False(Directory.Exists("/tmp/escape"));
    }

    public static TheoryData<string, string, int> BadAddresses() => new()
    {
        { "siteUrl: javascript:alert(1)//", "siteUrl", 2 },
        { "siteUrl: ftp://example.dk/", "siteUrl", 2 },
        { "siteUrl: /maalmedmening/", "siteUrl", 2 },
        { "accessibilityStatement: \"java\\tscript:alert(1)\"", "accessibilityStatement", 3 },
        { "accessibilityStatement: \" javascript:alert(1)\"", "accessibilityStatement", 3 },
        { "accessibilityStatement: data:text/html,hej", "accessibilityStatement", 3 },
        { "accessibilityStatement: //evil.example/", "accessibilityStatement", 3 },
    };

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task Should_Report_A_Settings_Address_That_Is_Not_Http_At_Its_Line(string line, string key, int lineNumber)
    {
        // Given a site that built once, whose settings then hold an address a browser would not read as http(s)
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        var lines = Settings.Split('\n');
        lines[lineNumber - 1] = line;
        site.Write("site.yml", string.Join('\n', lines));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the address is an MM061 error at its line
        AssertRejected(site, before, outcome);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith($"input/site.yml:{lineNumber}: error: {key} ", StringComparison.Ordinal)
            && l.EndsWith($"[{DiagnosticCodes.InvalidAddress}]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Accept_A_Relative_Accessibility_Statement()
    {
        // Given an accessibility statement that is a page of the site itself
        using var site = new TestSite();
        site.Write("site.yml", Settings.Replace("https://www.was.digst.dk/example-dk", "../tilgaengelighed/"));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it builds
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
    }

    [Fact]
    public async Task Should_Report_A_Dangling_Link_As_Not_A_Regular_File()
    {
        // Given a page that is a link to nothing
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        File.CreateSymbolicLink(Path.Combine(site.Input, "da", "borte.md"), Path.Combine(site.Input, "da", "findes-ikke.md"));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it is an MM062 error at line 1 of that path
        AssertRejected(site, before, outcome,
            $"input/da/borte.md:1: error: this input cannot be read: it is a link to something that does not exist; only regular files inside the input folder are read [{DiagnosticCodes.NotARegularFile}]");
    }

    [Fact]
    public async Task Should_Report_A_Fifo_Without_Opening_It()
    {
        // Given a page that is a named pipe (opening it for reading would wait for a writer for ever)
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        MakeFifo(Path.Combine(site.Input, "da", "roer.md"));

        // When the site is built in its own process, with a time limit
        var outcome = await GeneratorProcess.BuildAsync(site, TimeSpan.FromSeconds(60));

        // Then it finishes with an MM062 error at line 1 of that path
        AssertRejected(site, before, outcome,
            $"input/da/roer.md:1: error: this input cannot be read: it is not a regular file (a pipe, device or socket); only regular files inside the input folder are read [{DiagnosticCodes.NotARegularFile}]");
    }

    [Fact]
    public async Task Should_Report_A_Data_File_That_Links_To_A_Device()
    {
        // Given a data file that is a link to /dev/zero (read to its end, it would fill the memory)
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        Directory.CreateDirectory(Path.Combine(site.Input, "da", "data"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "da", "data", "charts.yml"), "/dev/zero");

        // When the site is built in its own process, with a time limit
        var outcome = await GeneratorProcess.BuildAsync(site, TimeSpan.FromSeconds(60));

        // Then it is an MM062 error at line 1 of that path
        AssertRejected(site, before, outcome,
            $"input/da/data/charts.yml:1: error: this input cannot be read: it is a link that leads outside the input folder; only regular files inside the input folder are read [{DiagnosticCodes.NotARegularFile}]");
    }

    [Fact]
    public async Task Should_Not_Publish_A_Page_From_A_Folder_Link_That_Leads_Outside()
    {
        // Given a folder outside input/ with a page in it, and a folder link to it inside input/da
        using var site = new TestSite();
        using var elsewhere = new TempFolder();
        File.WriteAllText(elsewhere.Combine("hemmelig.md"), TestSite.Page("Hemmelig", "secret", "hemmelig", "Hemmeligt."));
        var before = await BuildOnceAsync(site);
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "da", "ude"), elsewhere.Path);

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the link is an MM062 error at its path, and the page from outside is not read
        AssertRejected(site, before, outcome,
            $"input/da/ude:1: error: this input cannot be read: it is a folder link that leads outside the input folder; only regular files inside the input folder are read [{DiagnosticCodes.NotARegularFile}]");
        Assert.DoesNotContain(outcome.ErrorLines, l => l.Contains("hemmelig", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Report_Deeply_Nested_Yaml_At_Its_Line_Without_Crashing()
    {
        // Given a data file whose second line nests 20000 lists (YamlDotNet's tree builder recurses once per level)
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        var deep = "- id: dyb\n  term: " + new string('[', 20_000) + new string(']', 20_000) + "\n";
        site.Write("da/data/glossary.yml", deep).Write("en/data/glossary.yml", deep);

        // When the site is built in its own process (a stack overflow cannot be caught)
        var outcome = await GeneratorProcess.BuildAsync(site, TimeSpan.FromSeconds(60));

        // Then each file has an MM064 error at line 2
        var message = $"lists and mappings are nested more than 32 levels deep here; flatten the structure [{DiagnosticCodes.YamlTooDeep}]";
        AssertRejected(site, before, outcome, $"input/da/data/glossary.yml:2: error: {message}", $"input/en/data/glossary.yml:2: error: {message}");
    }

    [Fact]
    public async Task Should_Report_Deeply_Nested_Front_Matter_At_Its_Line()
    {
        // Given a page whose front matter nests 5000 mappings from its sixth line
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        var nested = string.Concat(Enumerable.Range(0, 5000).Select(i => "{a: ")) + "1" + new string('}', 5000);
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", extra: $"layout: {nested}\n"));

        // When the site is built in its own process
        var outcome = await GeneratorProcess.BuildAsync(site, TimeSpan.FromSeconds(60));

        // Then it is an MM064 error at line 7 (front matter starts at line 2; layout is its sixth field)
        AssertRejected(site, before, outcome,
            $"input/da/forord.md:7: error: lists and mappings are nested more than 32 levels deep here; flatten the structure [{DiagnosticCodes.YamlTooDeep}]");
    }

    public static TheoryData<string, string> BadPlaceholders() => new()
    {
        { StringKeys.ToolNear, "Tæt på {5}" },
        { StringKeys.ToolNear, "Tæt på {0" },
        { StringKeys.ToolOr, " {eller} " },
        { StringKeys.ToolMoveCost, "Det kan koste {0}, {1} og {2}" },
        { StringKeys.EmbedBalanceQuestions, "Spørgsmål: }{0}" },
    };

    [Theory]
    [MemberData(nameof(BadPlaceholders))]
    public async Task Should_Report_A_Bad_Placeholder_In_A_Ui_String_At_Its_Line(string key, string text)
    {
        // Given a site that built once, whose Danish strings table then has a placeholder the generator cannot fill
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        var path = Path.Combine(site.Input, "da", "strings.yml");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        lines[index] = $"{key}: \"{text}\"";
        site.Write("da/strings.yml", string.Join('\n', lines) + "\n");

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it is an MM065 error at that key's line
        AssertRejected(site, before, outcome);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith($"input/da/strings.yml:{index + 1}: error: the UI string '{key}' ", StringComparison.Ordinal)
            && l.EndsWith($"[{DiagnosticCodes.BadPlaceholder}]", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> BadChartValues() => new()
    {
        { "NaN", "%" },
        { "Infinity", "" },
        { "-Infinity", "" },
        { "1e400", "" },
        { "-5", "" },
        { "2000000", "kr." },
        { "100.5", "%" },
    };

    [Theory]
    [MemberData(nameof(BadChartValues))]
    public async Task Should_Report_A_Chart_Value_That_Is_Not_A_Sane_Number_At_Its_Line(string value, string unit)
    {
        // Given a chart in both languages whose second bar (line 7) has an absurd value
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        var chart = $"- id: c\n  title: T\n  source: S\n  unit: \"{unit}\"\n  bars:\n    - {{ label: a, value: 10 }}\n    - {{ label: b, value: {value} }}\n";
        site.Write("da/data/charts.yml", chart).Write("en/data/charts.yml", chart);

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it is an MM066 error at line 7 of each file
        AssertRejected(site, before, outcome);
        foreach (var language in new[] { "da", "en" })
        {
            Assert.Contains(outcome.ErrorLines, l => l.StartsWith($"input/{language}/data/charts.yml:7: error: the bar value ", StringComparison.Ordinal)
                && l.EndsWith($"[{DiagnosticCodes.NumberOutOfRange}]", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Should_Report_A_300_Character_Slug_At_Its_Line()
    {
        // Given a page whose slug (line 6) is 300 characters long
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", new string('a', 300)));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it is an MM067 error at line 6, not a PathTooLongException
        AssertRejected(site, before, outcome,
            $"input/da/forord.md:6: error: the page's slug is 300 characters long; the limit is 80, so shorten the 'slug' (or the file or folder name) [{DiagnosticCodes.TooLong}]");
    }

    [Fact]
    public async Task Should_Report_A_Tool_Advice_Link_That_Names_No_Page_At_Its_Line()
    {
        // Given tool advice in both languages whose links (line 4) name the foreword and a page that does not exist
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        var advice = "- id: a\n  title: T\n  text: X\n  links: foreword findes-ikke\n";
        site.Write("da/data/tool-advice.yml", advice).Write("en/data/tool-advice.yml", advice);

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the unknown key is an MM030 error at line 4 of each file, and the known one is not reported
        AssertRejected(site, before, outcome,
            $"input/da/data/tool-advice.yml:4: error: tool advice 'a' links to page 'findes-ikke', but no da page has that translationKey [{DiagnosticCodes.UnknownId}]",
            $"input/en/data/tool-advice.yml:4: error: tool advice 'a' links to page 'findes-ikke', but no en page has that translationKey [{DiagnosticCodes.UnknownId}]");
        Assert.Equal(2, ContentErrors(outcome).Length);
    }

    [Fact]
    public async Task Should_Refuse_A_Page_Over_The_Size_Limit_At_Line_1()
    {
        // Given a page of 9 MiB (the limit is 8 MiB)
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", new string('a', 9 * 1024 * 1024)));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it is an MM063 error at line 1
        AssertRejected(site, before, outcome,
            $"input/da/forord.md:1: error: the file is larger than 8 MiB, the limit for this kind of file; split it up [{DiagnosticCodes.FileTooLarge}]");
    }

    [Fact]
    public async Task Should_Refuse_A_Data_File_Over_The_Size_Limit_At_Line_1()
    {
        // Given a glossary of 2 MiB (the limit for data files is 1 MiB)
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        site.Write("da/data/glossary.yml", "# " + new string('x', 2 * 1024 * 1024) + "\n");

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it is an MM063 error at line 1
        AssertRejected(site, before, outcome,
            $"input/da/data/glossary.yml:1: error: the file is larger than 1 MiB, the limit for this kind of file; split it up [{DiagnosticCodes.FileTooLarge}]");
    }

    [Fact]
    public async Task Should_Report_Only_The_Typo_When_A_Front_Matter_Field_Is_Misspelt()
    {
        // Given a site that built once, whose English foreword then says 'titel:' for 'title:'
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        site.Write("en/foreword.md", TestSite.Page("Foreword", "foreword", "foreword").Replace("title:", "titel:"));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then exactly two errors, both at line 2: the unknown key and the missing title
        AssertRejected(site, before, outcome,
            $"input/en/foreword.md:2: error: 'title' is missing or empty; add 'title: …' [{DiagnosticCodes.MissingField}]");
        Assert.Equal(2, ContentErrors(outcome).Length);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith("input/en/foreword.md:2: error: unknown key 'titel'; did you mean 'title'?", StringComparison.Ordinal)
            && l.EndsWith($"[{DiagnosticCodes.UnknownKey}]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Give_The_Same_Errors_On_Every_Run_With_One_Worker_Or_Many()
    {
        // Given a copy of the real input with 'titel:' for 'title:' in one English page
        using var site = new TestSite(minimal: false);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(RepoPaths.Input, file), File.ReadAllBytes(file));
        }

        var page = Path.Combine(site.Input, "en", "foreword.md");
        var lines = File.ReadAllLines(page);
        var titleLine = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal)) + 1;
        lines[titleLine - 1] = "titel:" + lines[titleLine - 1]["title:".Length..];
        File.WriteAllText(page, string.Join('\n', lines) + "\n");

        // When it is built 8 times with one processor and 8 times with all of them
        var runs = new List<TestSite.Outcome>();
        foreach (var environment in new[] { new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "1" }, new Dictionary<string, string>() })
        {
            for (var i = 0; i < 8; i++)
            {
                runs.Add(await GeneratorProcess.BuildAsync(site, TimeSpan.FromSeconds(120), environment));
            }
        }

        // Then every run fails with exactly the same two lines: the typo and the missing title, at the front matter
        Assert.All(runs, run => Assert.Equal(1, run.ExitCode));
        Assert.All(runs, run => Assert.Equal(runs[0].Errors, run.Errors));
        var errors = ContentErrors(runs[0]);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith($"input/en/foreword.md:2: error: 'title' is missing or empty", errors[0], StringComparison.Ordinal);
        Assert.EndsWith($"[{DiagnosticCodes.MissingField}]", errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"input/en/foreword.md:{titleLine}: error: unknown key 'titel'; did you mean 'title'?", errors[1], StringComparison.Ordinal);
        Assert.EndsWith($"[{DiagnosticCodes.UnknownKey}]", errors[1], StringComparison.Ordinal);
    }

    /// <summary>The content-error lines, without the summary line that follows them.</summary>
    private static string[] ContentErrors(TestSite.Outcome outcome) =>
        outcome.ErrorLines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToArray();

    private static void MakeFifo(string path)
    {
        Assert.Equal(0, ProcessRunner.Run(new ProcessRun("mkfifo", [path])).ExitCode);
    }

}
