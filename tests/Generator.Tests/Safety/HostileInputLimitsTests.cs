using System.Diagnostics;
using System.Net;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Generator.Output;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Serving;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Generator.Tests.Tool;
using MaalMedMening.Generator.Tool;

namespace MaalMedMening.Generator.Tests.Safety;

/// <summary>
/// Issue #25: the files and commands added since "Safe by construction" under hostile input. YAML read with limits,
/// rules bounded, ids of one shape, control characters refused and escaped, ids in linear time, the subject index's
/// non-letters, and the preview answering only what it should. Every case ends in its error at its line, never a
/// crash or a hang.
/// </summary>
public sealed class HostileInputLimitsTests
{
    private static readonly IReadOnlyList<string> Balances = ["a", "b"];

    private static IReadOnlyList<Diagnostic> ParseYaml(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        YamlReader.Parse(yaml, new SourceFile("/tmp/x.yml", "input/x.yml", "", "x.yml", yaml), 1, diagnostics);
        return diagnostics.ToSortedList();
    }

    private static IReadOnlyList<Diagnostic> ParseRules(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        ToolRulesLoader.Parse(new SourceFile("/tmp/tool-rules.yml", "input/tool-rules.yml", "", "tool-rules.yml", yaml), Balances, diagnostics);
        return diagnostics.ToSortedList();
    }

    private static string Rules(string when, string groupId = "cross") =>
        $"scale:\n  positions: 5\ngroups:\n  - id: {groupId}\n    heading: {{ da: h }}\n    rules:\n      - show: {{ tool-advice: x }}\n        when: {when}\n";

    public static TheoryData<string, string, int> AliasLoops() => new()
    {
        // Issue #25, case 1, and its relatives: a node that contains its own alias, in a mapping and in a list, nested.
        { "a condition that contains itself", "when: &w { all: [ *w ] }\n", 1 },
        { "a list that contains itself", "a: 1\nlist: &l\n  - x\n  - *l\n", 4 },
        { "a loop two levels down", "top: &t\n  inner:\n    deeper: [ 1, *t ]\n", 3 },
    };

    [Theory]
    [MemberData(nameof(AliasLoops))]
    public void Should_Report_A_Yaml_Alias_Inside_Its_Own_Node_At_Its_Line(string name, string yaml, int line)
    {
        var error = Assert.Single(ParseYaml(yaml));

        Assert.True((DiagnosticCodes.YamlAliasLoop, line) == (error.Code, error.Span.Line), $"{name}: {error.Format()}");
    }

    [Fact]
    public void Should_Report_Aliases_Of_Aliases_That_Stand_For_Billions_Of_Values()
    {
        // Given "a billion laughs": nine lines, each repeating the one before ten times
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9)
            .Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));

        // When it is read
        var watch = Stopwatch.StartNew();
        var errors = ParseYaml(yaml);

        // Then it is refused at the line where it passes the limit, at once
        var error = Assert.Single(errors);
        Assert.Equal((DiagnosticCodes.YamlTooLarge, 6), (error.Code, error.Span.Line));
        Assert.Contains($"more than {YamlReader.MaxNodes} values", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Should_Read_Aliases_That_Repeat_A_Value_Without_A_Loop()
    {
        Assert.Empty(ParseYaml("sets:\n  left: &left [1, 2]\n  again: *left\n"));
    }

    [Fact]
    public void Should_Refuse_A_Rule_Whose_Condition_Would_Make_Too_Many_Selector_Chains_At_Its_Line()
    {
        // Given 'all' of four 'any-balance' moves over two balances: (2 × 4)^4 = 4096 chains
        var when = "{ all: [ " + string.Join(", ", Enumerable.Repeat("{ any-balance: { moving: right } }", 4)) + " ] }";

        // When the rules are read
        var watch = Stopwatch.StartNew();
        var error = Assert.Single(ParseRules(Rules(when)));

        // Then the rule's 'when:' line says how many it would make, and what the limit is
        Assert.Equal((DiagnosticCodes.RuleTooLarge, 8), (error.Code, error.Span.Line));
        Assert.StartsWith($"this condition would make 4096 selector chains (", error.Message);
        Assert.Contains($"a rule may make at most {ToolRulesLoader.MaxChainsPerRule}", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Should_Size_A_Condition_Exactly_As_Its_Selectors_Come_Out()
    {
        // The bound is only as good as the count: for a rule within it, the count is the selectors' own.
        var table = RealRules.Table;

        foreach (var rule in table.Rules)
        {
            var selectors = rule.When.Selectors();
            Assert.Equal(new SelectorSize(selectors.Count, selectors.Sum(s => s.Length)), rule.When.Size());
        }
    }

    [Theory]
    [InlineData("strategic.1", "strategic-1")]
    [InlineData("a/b", "a-b")]
    [InlineData("Quote\"d", "quote-d")]
    [InlineData("1st", "id-1st")]
    public void Should_Report_A_Tool_Group_Id_That_Cannot_Be_An_Html_Id_With_The_Id_To_Write(string id, string suggestion)
    {
        var error = Assert.Single(ParseRules(Rules("{ balance: a, now: [1] }", $"'{id.Replace("'", "''", StringComparison.Ordinal)}'")));

        Assert.Equal((DiagnosticCodes.InvalidId, 4), (error.Code, error.Span.Line));
        Assert.EndsWith($"write '{suggestion}'", error.Message);
    }

    [Fact]
    public void Should_Print_Control_Characters_In_Messages_Escaped_On_One_Line()
    {
        // Given an error that quotes content holding an escape sequence (retitle the terminal, clear it) and a line feed
        var diagnostic = new Diagnostic(DiagnosticCodes.BrokenLink, new SourceSpan("input/da/a.md", 3), "link to 'x\u001b]0;pwned\u0007\u001b[2J\ny.md'");

        // When it is formatted for the terminal
        var line = diagnostic.Format();

        // Then every control character is written out as text, and the error stays one line
        Assert.Equal("input/da/a.md:3: error: link to 'x\\u001B]0;pwned\\u0007\\u001B[2J\\u000Ay.md' [MM020]", line);
    }

    [Fact]
    public async Task Should_Keep_An_Error_About_A_Decoded_Line_Feed_On_One_Line()
    {
        // Given a link whose address holds an escaped line feed
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Se [her](mang%0Aler.md)."));

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the broken link is one error line, with the line feed written as \u000A
        Assert.Equal(1, outcome.ExitCode);
        var error = Assert.Single(outcome.ErrorLines, l => l.Contains("[MM020]", StringComparison.Ordinal));
        Assert.Contains("mang\\u000Aler.md", error);
        Assert.Equal(2, outcome.ErrorLines.Length);
    }

    [Fact]
    public async Task Should_Refuse_Character_References_To_Control_Characters_At_Their_Line()
    {
        // Given a page whose text holds &#27; (ESC), &#127; (DEL) and a raw ESC two lines further
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Tekst &#27;[2J og &#127;.\n\nRå \u001b[2J her."));

        // When it is built
        var outcome = await site.BuildAsync();

        // Then each is an error at its line, and no control character is printed
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                $"input/da/forord.md:9: error: the character reference '&#127;' stands for the control character U+007F, which cannot be shown on a page; delete it [{DiagnosticCodes.ControlCharacter}]",
                $"input/da/forord.md:9: error: the character reference '&#27;' stands for the control character U+001B, which cannot be shown on a page; delete it [{DiagnosticCodes.ControlCharacter}]",
                $"input/da/forord.md:11: error: the control character U+001B is in the text here: it cannot be shown on a page, so delete it (it may have come with text pasted from another program) [{DiagnosticCodes.ControlCharacter}]",
            ],
            outcome.ErrorLines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)));
        Assert.DoesNotContain('\u001b', outcome.Errors);
    }

    [Fact]
    public void Should_Hand_Out_20000_Equal_Heading_Ids_In_Linear_Time()
    {
        // Given one page's allocator, asked for the same heading 20 000 times (before #25: 52 s of CPU for the page)
        var ids = new HeadingIdAllocator(Transliteration.For("da"));
        var watch = Stopwatch.StartNew();

        var all = Enumerable.Range(0, 20_000).Select(_ => ids.Next("Samme")).ToList();

        // Then every id is distinct, numbered in order, at once
        Assert.Equal("samme", all[0]);
        Assert.Equal("samme-20000", all[^1]);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Should_Skip_Ids_Already_Taken_When_Numbering()
    {
        var ids = new HeadingIdAllocator(Transliteration.For("da"));

        Assert.Equal(["a-2", "a", "a-3", "a-4"], new[] { ids.Next("a 2"), ids.Next("a"), ids.Next("a"), ids.Next("a") });
    }

    [Fact]
    public async Task Should_Build_A_Page_Of_20000_Equal_Headings()
    {
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", string.Concat(Enumerable.Repeat("## Samme\n\nTekst.\n\n", 20_000))));

        var outcome = await GeneratorProcess.BuildAsync(site, TimeSpan.FromSeconds(90));

        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        Assert.Contains("<h2 id=\"samme-20000\">Samme</h2>", site.OutputText("da/forord/index.html"));
    }

    [Fact]
    public async Task Should_Index_Keywords_That_Start_With_No_Letter_Under_One_Heading_With_Distinct_Ids()
    {
        // Given keywords starting with different non-letters, an emoji, and letters outside a–z (Greek, Cyrillic)
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Tekst.",
            extra: "keywords:\n  - \"‹citat›\"\n  - \"*stjerne\"\n  - \"#emne\"\n  - \"«guillemet»\"\n  - \"🙂 smil\"\n  - \"9 ting\"\n  - ωmega\n  - жук\n  - bonus\n"));
        site.Write("da/register.md", TestSite.Page("Register", "subject-index", "register", "{{< subject-index >}}", weight: 20));
        site.Write("en/index-page.md", TestSite.Page("Index", "subject-index", "index-page", "{{< subject-index >}}", weight: 20));

        // When built
        var outcome = await site.BuildAsync();

        // Then it builds; the non-letters share the one "#" heading, last; every letter has its own id; no "�"
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var page = BuiltPage.Load(site.Output, "da/register/index.html");
        var headings = page.Document.QuerySelectorAll("h2[id^='index-']").Select(h => (h.Id!, h.TextContent)).ToList();
        Assert.Equal([("index-b", "B"), ("index-u03a9", "Ω"), ("index-u0416", "Ж"), ("index-other", "#")], headings);
        Assert.Equal(6, page.Document.QuerySelectorAll("section[aria-labelledby='index-other'] .index-term").Length);
        Assert.DoesNotContain("\uFFFD", site.OutputText("da/register/index.html"));
    }

    [Fact]
    public async Task Should_Answer_Only_Get_And_Head_For_This_Machine_And_Survive_Bad_Input()
    {
        // Given a preview server over a small site
        using var site = new TestSite();
        var options = new BuildOptions(site.Input, site.Output, RepoPaths.Theme) { InPlace = true, AllowMissingTranslations = true };
        var terminal = new StringWriter();
        await using var server = new PreviewServer(options, 0, (wrap, errors) => BuildCommand.RunAsync(options, TextWriter.Null, errors, wrap), TextWriter.Synchronized(terminal));
        Assert.Equal(0, await server.BuildAsync());
        var address = new Uri(await server.StartAsync(watch: false));
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };

        async Task<HttpStatusCode> Send(string method, string? host = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), "da/forord/");
            if (host is not null)
            {
                request.Headers.Host = host;
            }

            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        // When it is asked with other methods, and for other hosts (DNS rebinding), then given a YAML loop to build
        var methods = new Dictionary<string, HttpStatusCode>();
        foreach (var method in new[] { "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PROPFIND" })
        {
            methods[method] = await Send(method);
        }

        var hosts = new Dictionary<string, HttpStatusCode>();
        foreach (var host in new[] { $"127.0.0.1:{address.Port}", $"localhost:{address.Port}", $"LOCALHOST:{address.Port}", "evil.example", $"evil.example:{address.Port}", "127.0.0.1", "localhost:1" })
        {
            hosts[host] = await Send("GET", host);
        }

        site.Write("site.yml", "languages: &l { x: [ *l ] }\n");
        var code = await server.BuildAsync();
        var afterLoop = await http.GetAsync("da/forord/");

        // Then only GET and HEAD, and only this machine by name and port, are answered; the loop is an error shown on the page
        Assert.Equal(new Dictionary<string, HttpStatusCode>
        {
            ["GET"] = HttpStatusCode.OK, ["HEAD"] = HttpStatusCode.OK, ["POST"] = HttpStatusCode.MethodNotAllowed,
            ["PUT"] = HttpStatusCode.MethodNotAllowed, ["DELETE"] = HttpStatusCode.MethodNotAllowed, ["OPTIONS"] = HttpStatusCode.MethodNotAllowed,
            ["TRACE"] = HttpStatusCode.MethodNotAllowed, ["PROPFIND"] = HttpStatusCode.MethodNotAllowed,
        }, methods);
        Assert.Equal(new Dictionary<string, HttpStatusCode>
        {
            [$"127.0.0.1:{address.Port}"] = HttpStatusCode.OK, [$"localhost:{address.Port}"] = HttpStatusCode.OK,
            [$"LOCALHOST:{address.Port}"] = HttpStatusCode.OK, ["evil.example"] = HttpStatusCode.MisdirectedRequest,
            [$"evil.example:{address.Port}"] = HttpStatusCode.MisdirectedRequest, ["127.0.0.1"] = HttpStatusCode.MisdirectedRequest,
            ["localhost:1"] = HttpStatusCode.MisdirectedRequest,
        }, hosts);
        Assert.Equal(1, code);
        Assert.Equal(HttpStatusCode.InternalServerError, afterLoop.StatusCode);
        Assert.Contains("input/site.yml:1: error: the alias '*l' is inside the node '&l' it names", WebUtility.HtmlDecode(await afterLoop.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Should_Delete_A_Folder_Of_Its_Own_With_The_Marker_Last()
    {
        // Given a folder of the generator's own (an old site swapped out to the staging path), watched as it is deleted
        using var temp = new TempFolder();
        var folder = temp.Combine("output.staging-1234");
        Directory.CreateDirectory(Path.Combine(folder, "da", "forord"));
        OutputMarker.WriteInto(folder);
        foreach (var name in new[] { "404.html", "a.html", "z.html", "da/forord/index.html" })
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), "x");
        }

        var deleted = new List<string>();
        using (var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, EnableRaisingEvents = true })
        {
            watcher.Deleted += (_, e) => { lock (deleted) { deleted.Add(e.Name!); } };

            // When it is deleted
            OutputMarker.DeleteFolder(folder);
            await Task.Delay(500);
        }

        // Then the marker went last of its entries: a kill at any point before leaves a folder still known as ours
        Assert.False(Directory.Exists(folder));
        lock (deleted)
        {
            Assert.Equal(OutputMarker.FileName, deleted.Last(n => n != "" && n != Path.GetFileName(folder)));
            Assert.Contains("a.html", deleted);
        }
    }

    [Fact]
    public async Task Should_Finish_Deleting_What_An_Interrupted_Clean_Up_Left()
    {
        // Given a built site, and beside it the half-deleted old site of a build killed while cleaning up: its marker and
        // part of its pages, under the name of a process that no longer runs
        using var site = new TestSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var leftover = $"{site.Output}.staging-999999999";
        Directory.CreateDirectory(Path.Combine(leftover, "da"));
        OutputMarker.WriteInto(leftover);
        await File.WriteAllTextAsync(Path.Combine(leftover, "da", "index.html"), "old");

        // When the site is built again
        var outcome = await site.BuildAsync();

        // Then the leftover is gone, and the build said so
        Assert.Equal(0, outcome.ExitCode);
        Assert.False(Directory.Exists(leftover));
        Assert.Contains($"Removed {leftover}, left by an interrupted build", outcome.Output);
    }

    [Fact]
    public async Task New_Should_Refuse_A_Section_Folder_That_Leads_Outside_The_Input_Folder()
    {
        // Given a site whose English section folder is a link to a folder outside input/ that looks like a section
        using var site = new TestSite();
        using var outside = new TempFolder();
        site.Write("da/cases/_index.md", TestSite.Page("Eksempler", "cases", "eksempler", weight: 50));
        await File.WriteAllTextAsync(outside.Combine("_index.md"), TestSite.Page("Cases", "cases", "cases", weight: 50));
        Directory.CreateDirectory(Path.Combine(site.Input, "en"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "en", "cases"), outside.Path);

        // When a page is started in that section
        var errors = new StringWriter();
        var code = await NewCommand.RunAsync(site.Input, new PagePair.Request("cases/acme", null, null, null), TextWriter.Null, errors);

        // Then it is refused in one line, and nothing is written, inside or out
        Assert.Equal(ExitCodes.UsageError, code);
        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^error: .*en/cases is a link that leads outside .*input; new writes only inside the input folder, and nothing was written$", line);
        Assert.Equal(["_index.md"], Directory.GetFiles(outside.Path).Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(site.Input, "da", "cases", "acme.md")));
    }

    [Theory]
    [InlineData("To linjer\n---\nslug: ond")]
    [InlineData("Nul\0her")]
    [InlineData("Escape \u001b]0;titel\u0007")]
    [InlineData("Linje\u2028skift")]
    public async Task New_Should_Refuse_A_Title_That_Is_Not_One_Line(string title)
    {
        using var site = new TestSite();
        var errors = new StringWriter();

        var code = await NewCommand.RunAsync(site.Input, new PagePair.Request("nyt", title, null, null), TextWriter.Null, errors);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal("error: the title must be one line of text, without line breaks or control characters\n", errors.ToString());
        Assert.False(File.Exists(Path.Combine(site.Input, "da", "nyt.md")));
    }

    [Fact]
    public async Task Should_Warn_When_Git_Refuses_To_Give_Dates_Saying_Why()
    {
        // Given a site in a git repository owned by another user, which git refuses to read ("dubious ownership")
        using var site = new TestSite();
        var folder = Path.GetDirectoryName(site.Input)!;
        Run("git", folder, "init", "-q");
        Run("git", folder, "add", ".");
        Run("git", folder, "-c", "user.name=t", "-c", "user.email=t@example.dk", "commit", "-q", "-m", "pages");
        Run("chown", folder, "-R", "65534:65534", folder);

        // When it is built
        var outcome = await site.BuildAsync();

        // Then it builds, with a warning that names git's reason
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var warning = Assert.Single(outcome.ErrorLines, l => l.Contains($"[{DiagnosticCodes.NoCommitDates}]", StringComparison.Ordinal));
        Assert.Matches(@"^input:1: warning: pages show no last-updated date from git: git refused: fatal: detected dubious ownership in repository at '.*' \[MM135\]$", warning);
    }

    [Fact]
    public async Task Should_Not_Warn_Outside_A_Git_Repository()
    {
        using var site = new TestSite();

        var outcome = await site.BuildAsync();

        Assert.Equal(0, outcome.ExitCode);
        Assert.DoesNotContain(DiagnosticCodes.NoCommitDates, outcome.Errors);
    }

    private static void Run(string program, string folder, params string[] arguments)
    {
        var result = ProcessRunner.Run(new ProcessRun(program, arguments) { WorkingDirectory = folder });
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {result.Errors}");
    }
}
