using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Generator.Tool;
using static MaalMedMening.Generator.Tests.Support.RejectedBuild;

namespace MaalMedMening.Generator.Tests.Pipeline;

/// <summary>
/// Hostile input beyond BadInputTests (issue #6): huge and deeply nested pages, odd file names, clashes inside a
/// section, data that names what does not exist or lacks its twin, and script smuggled past Markdown. Valid but odd
/// input must build; invalid input must give its exact "input/…:LINE: error: … [MMnnn]" line, exit code 1 and
/// leave the previous output untouched.
/// </summary>
public sealed partial class HostileInputTests
{
    // The minimal site's pages: front matter is lines 1-7 ("---", five fields, "---"), a blank line 8, the body from line 9.
    private const int FirstBodyLine = 9;

    [Fact]
    public async Task Should_Build_A_5_MB_Page()
    {
        // Given a chapter of more than 5 MB: headings, paragraphs with emphasis and links, lists, quotes
        using var site = new TestSite();
        const string Paragraph = "Præstationsmål kan give *retning* og **mening**, når de er forankret i kerneopgaven; se [forsiden](_index.md) " +
            "og [første afsnit](#afsnit-1). Målingerne skal opleves som relevante, og dialogen om dem som ærlig.\n\n";
        var body = new StringBuilder();
        var sections = 0;
        for (var bytes = 0; bytes < 5 * 1024 * 1024;)
        {
            sections++;
            var section = $"## Afsnit {sections}\n\n{string.Concat(Enumerable.Repeat(Paragraph, 8))}- et punkt\n- et andet punkt\n\n> Et citat om trivsel og mål.\n\n";
            body.Append(section);
            bytes += Encoding.UTF8.GetByteCount(section);
        }

        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", body.ToString()));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it builds and the whole page is written, down to its last section
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var html = site.OutputText("da/forord/index.html");
        Assert.True(html.Length > 5 * 1024 * 1024, $"the page is only {html.Length} characters");
        Assert.Contains($"<h2 id=\"afsnit-{sections}\">Afsnit {sections}</h2>", html);
    }

    public static TheoryData<string, string> DeeplyNested() => new()
    {
        // Each is past Markdig's depth limit, so each has one outcome: MM024 at the body's first line.
        { "200 nested lists", string.Join('\n', Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- niveau " + i)) },
        { "200 nested block quotes", new string('>', 200) + " dybt citat" },
        { "20000 nested block quotes", new string('>', 20_000) + " dybt citat" },
        { "20000 open brackets", new string('[', 20_000) + "tekst" },
        { "5000 nested emphasis", new string('*', 5_000) + "tekst" + new string('*', 5_000) },
        { "20000 nested links", string.Concat(Enumerable.Repeat("[a", 20_000)) + string.Concat(Enumerable.Repeat("](forord.md)", 20_000)) },
    };

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public async Task Should_Report_Markdown_Nested_Too_Deeply_At_Its_Line(string name, string body)
    {
        // Given a site that built once
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);

        // When a page is nested very deeply, built by the generator in its own process (a stack overflow cannot be caught)
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", body));
        var outcome = await GeneratorProcess.BuildAsync(site, TimeSpan.FromSeconds(60));

        // Then it does not crash: it reports MM024 at the body's first line, and only that, and leaves the output alone
        Assert.False(outcome.Errors.Contains("Unhandled exception", StringComparison.Ordinal) || outcome.Errors.Contains("   at ", StringComparison.Ordinal),
            $"{name}: the generator crashed (exit code {outcome.ExitCode}):\n{Head(outcome.Errors)}");
        Assert.True(outcome.ExitCode == 1, $"{name}: exit code {outcome.ExitCode}\n{Head(outcome.Errors)}");
        Assert.Equal(
            [$"input/da/forord.md:{FirstBodyLine}: error: the Markdown is nested too deeply (lists, quotes, emphasis or brackets inside each other); flatten it [{DiagnosticCodes.TooDeeplyNested}]"],
            outcome.ErrorLines.Where(l => ErrorLine().IsMatch(l)));
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    [Fact]
    public async Task Should_Build_Pages_Whose_File_Names_Have_Spaces_Capitals_And_Danish_Letters()
    {
        // Given a Danish page "Ærlige Mål.md" with a slug, its English twin "Honest Targets.md" without one,
        // and links to both from the forewords
        using var site = new TestSite();
        site.Write("da/Ærlige Mål.md", TestSite.Page("Ærlige mål", "honest", "aerlige-maal", "Tekst.", weight: 20));
        site.Write("en/Honest Targets.md", TestSite.Page("Honest targets", "honest", "", "Text.", weight: 20));
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Se [ærlige mål](<Ærlige Mål.md>)."));
        site.Write("en/foreword.md", TestSite.Page("Foreword", "foreword", "foreword", "See [honest targets](Honest%20Targets.md)."));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the pages live at their slugs (the English one made from the file name), and the links lead there
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        Assert.True(File.Exists(Path.Combine(site.Output, "da", "aerlige-maal", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "en", "honest-targets", "index.html")));
        Assert.Contains("href=\"../aerlige-maal/\"", site.OutputText("da/forord/index.html"));
        Assert.Contains("href=\"../honest-targets/\"", site.OutputText("en/foreword/index.html"));
        Assert.Contains("hreflang=\"en\" href=\"https://example.dk/maalmedmening/en/honest-targets/\"", site.OutputText("da/aerlige-maal/index.html"));
    }

    [Fact]
    public async Task Should_Report_Both_Pages_When_Two_Pages_Of_A_Section_Share_A_Slug()
    {
        // Given a section with two pages that ask for the same slug
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        site.Write("da/sager/_index.md", TestSite.Page("Sager", "cases", "sager", weight: 30))
            .Write("en/cases/_index.md", TestSite.Page("Cases", "cases", "cases", weight: 30))
            .Write("da/sager/a.md", TestSite.Page("A", "case-a", "samme"))
            .Write("da/sager/b.md", TestSite.Page("B", "case-b", "samme"))
            .Write("en/cases/a.md", TestSite.Page("A", "case-a", "a"))
            .Write("en/cases/b.md", TestSite.Page("B", "case-b", "b"));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then both pages are named, each at its first line
        const string clash = "the address /da/sager/samme/ is used by more than one page (input/da/sager/a.md, input/da/sager/b.md); give each a distinct 'slug' [MM011]";
        AssertRejected(site, before, outcome,
            $"input/da/sager/a.md:1: error: {clash}",
            $"input/da/sager/b.md:1: error: {clash}");
    }

    [Fact]
    public async Task Should_Report_An_Unknown_Balance_In_A_Case_At_Its_Line()
    {
        // Given the real data files and a case page whose second balance does not exist
        using var site = WithRealData(new TestSite());
        var before = await BuildOnceAsync(site);
        site.Write("da/sager/_index.md", TestSite.Page("Sager", "cases", "sager", weight: 30))
            .Write("en/cases/_index.md", TestSite.Page("Cases", "cases", "cases", weight: 30))
            .Write("en/cases/dsb.md", TestSite.Page("DSB", "case-dsb", "dsb"))
            .Write("da/sager/dsb.md", TestSite.Page("DSB", "case-dsb", "dsb", "Tekst.", extra:
                "balances:\n  - id: incentives-learning\n    note: Læring.\n  - id: incentives-lerning\n    note: Stavefejl.\n"));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the misspelt id is reported at its own line (10: "  - id: incentives-lerning"), with the ids that exist
        AssertRejected(site, before, outcome,
            $"input/da/sager/dsb.md:10: error: unknown balance 'incentives-lerning'; known balances are {string.Join(", ", RealBalanceIds())} [{DiagnosticCodes.UnknownId}]");
    }

    [Fact]
    public async Task Should_Report_An_Unknown_Balance_Of_A_Chapter_At_Its_Line()
    {
        // Given the real data files and a chapter that says it is about a balance that does not exist
        using var site = WithRealData(new TestSite());
        var before = await BuildOnceAsync(site);
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Tekst.", extra: "balance: activity-valeu\n"));

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it is reported at the line of 'balance:' (7), where the author has to fix it
        AssertRejected(site, before, outcome,
            $"input/da/forord.md:7: error: unknown balance 'activity-valeu'; known balances are {string.Join(", ", RealBalanceIds())} [{DiagnosticCodes.UnknownId}]");
    }

    [Fact]
    public async Task Should_Report_A_Question_In_An_Unknown_Group_At_Its_Line()
    {
        // Given the real data files with one Danish question moved to a group that does not exist
        using var site = WithRealData(new TestSite());
        var before = await BuildOnceAsync(site);
        var lines = File.ReadAllLines(Path.Combine(site.Input, "da", "data", "questions.yml"));
        var item = Array.FindLastIndex(lines, l => l.StartsWith("- id: ", StringComparison.Ordinal));
        var id = lines[item]["- id: ".Length..].Trim();
        var group = Array.FindIndex(lines, item, l => l.TrimStart().StartsWith("group:", StringComparison.Ordinal));
        lines[group] = "  group: nowhere";
        site.Write("da/data/questions.yml", string.Join('\n', lines) + "\n");

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the question is reported at its item's first line, with the groups there are
        AssertRejected(site, before, outcome,
            $"input/da/data/questions.yml:{item + 1}: error: question '{id}' is in unknown group 'nowhere'; use one of overall, {string.Join(", ", RealBalanceIds())} [{DiagnosticCodes.UnknownId}]");
    }

    [Fact]
    public async Task Should_Report_A_Rule_That_Points_At_Missing_Advice()
    {
        // Given the real data files without the first piece of Danish balance-tool advice
        using var site = WithRealData(new TestSite());
        var before = await BuildOnceAsync(site);
        var lines = File.ReadAllLines(Path.Combine(site.Input, "da", "data", "tool-advice.yml")).ToList();
        var first = lines.FindIndex(l => l.StartsWith("- id: ", StringComparison.Ordinal));
        var next = lines.FindIndex(first + 1, l => l.StartsWith("- id: ", StringComparison.Ordinal));
        var id = lines[first]["- id: ".Length..].Trim();
        lines.RemoveRange(first, (next < 0 ? lines.Count : next) - first);
        site.Write("da/data/tool-advice.yml", string.Join('\n', lines) + "\n");

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the rule that shows it is named at its line, with the file that lacks the advice
        var rule = 1 + File.ReadAllLines(Path.Combine(RepoPaths.Input, ToolRulesLoader.FileName)).ToList()
            .FindIndex(l => l.Contains($"tool-advice: {id} }}", StringComparison.Ordinal));
        Assert.True(rule > 0);
        AssertRejected(site, before, outcome,
            $"input/{ToolRulesLoader.FileName}:{rule}: error: the rule shows tool advice '{id}', which input/da/data/tool-advice.yml does not have [{DiagnosticCodes.UnknownId}]");
    }

    [Theory]
    [InlineData("empty", "")]
    [InlineData("only a comment", "# Ingen begreber endnu.\n")]
    [InlineData("only blank lines", "\n\n\n")]
    public async Task Should_Treat_An_Empty_Data_File_As_No_Items(string name, string content)
    {
        // Given a glossary file with no items, in both languages
        using var site = new TestSite();
        site.Write("da/data/glossary.yml", content).Write("en/data/glossary.yml", content);

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it builds: an empty list is a list
        Assert.True(outcome.ExitCode == 0, $"{name}: {outcome.Errors}");
    }

    [Fact]
    public async Task Should_Report_Each_Item_Of_The_Other_Language_When_A_Data_File_Is_Empty()
    {
        // Given an empty Danish glossary and an English one with an entry
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        site.Write("da/data/glossary.yml", "")
            .Write("en/data/glossary.yml", "- id: amo\n  term: AMO\n  explanation: The organisation.\n");

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the English entry is reported as lacking its Danish twin
        AssertRejected(site, before, outcome,
            $"input/en/data/glossary.yml:1: error: glossary entry 'amo' has no da twin; add it to input/da/data/ [{DiagnosticCodes.MissingTranslation}]");
    }

    [Fact]
    public async Task Should_Report_A_Data_Item_Without_Its_Twin_At_Its_Line()
    {
        // Given a Danish glossary with two entries and an English one with only the first
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);
        site.Write("da/data/glossary.yml",
                "# Begreber.\n- id: amo\n  term: AMO\n  explanation: Organisationen.\n" +
                "- id: mus\n  term: MUS\n  explanation: Samtalen.\n")
            .Write("en/data/glossary.yml", "- id: amo\n  term: AMO\n  explanation: The organisation.\n");

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then the second Danish entry is reported at its first line (6)
        AssertRejected(site, before, outcome,
            $"input/da/data/glossary.yml:5: error: glossary entry 'mus' has no en twin; add it to input/en/data/ [{DiagnosticCodes.MissingTranslation}]");
    }

    public static TheoryData<string, string, int, string> SmuggledScript() => new()
    {
        // name, body, line of the offence below the body's first line, expected code
        { "script in a table cell", "| a |\n| --- |\n| <script>alert(1)</script> |", 2, DiagnosticCodes.RawHtml },
        { "html comment", "Tekst.\n\n<!-- <script>alert(1)</script> -->", 2, DiagnosticCodes.RawHtml },
        { "inline svg", "Et billede <svg onload=\"alert(1)\"></svg> her.", 0, DiagnosticCodes.RawHtml },
        { "script in a footnote", "Tekst.[^1]\n\n[^1]: Note <script>alert(1)</script>", 2, DiagnosticCodes.RawHtml },
        { "event handler as a generic attribute", "Tekst.\n\nEt *ord*{onclick=\"alert(1)\"} her.", 2, DiagnosticCodes.ScriptInOutput },
        { "javascript: autolink", "Tekst.\n\nKlik <javascript:alert(1)>.", 2, DiagnosticCodes.ScriptInOutput },
        { "javascript: in a reference definition", "Klik [her][a].\n\n[a]: javascript:alert(1)", 0, DiagnosticCodes.ScriptInOutput },
        { "entity-encoded javascript: link", "Tekst.\n\nKlik [her](jav&#x61;script:alert(1)).", 2, DiagnosticCodes.ScriptInOutput },
    };

    public static TheoryData<string, string, int, string> NotOnTheAllowlist() => new()
    {
        // name, body, line of the offence below the body's first line, expected code
        { "style attribute", "Tekst.\n\nEt *ord*{style=\"position:fixed\"} her.", 2, DiagnosticCodes.AttributeNotAllowed },
        { "srcset attribute on an image", "Tekst.\n\n![x](logo.png){srcset=\"https://tracker.example/p.png 2x\"}", 2, DiagnosticCodes.AttributeNotAllowed },
        { "ping attribute on a link", "Tekst.\n\n[her](_index.md){ping=\"https://tracker.example/\"}", 2, DiagnosticCodes.AttributeNotAllowed },
        { "onclick attribute on a heading", "## Overskrift {onclick=\"alert(1)\"}", 0, DiagnosticCodes.ScriptInOutput },
        { "ONMOUSEOVER attribute on a paragraph", "Tekst.\n\nAfsnit.\n{ONMOUSEOVER=\"alert(1)\"}", 2, DiagnosticCodes.ScriptInOutput },
        { "formaction attribute", "Tekst.\n\n[her](_index.md){formaction=\"https://evil.example/\"}", 2, DiagnosticCodes.AttributeNotAllowed },
        { "file: link", "Tekst.\n\nSe [filen](file:///etc/passwd).", 2, DiagnosticCodes.AddressNotAllowed },
        { "FILE: link", "Tekst.\n\nSe [filen](FILE:///etc/passwd).", 2, DiagnosticCodes.AddressNotAllowed },
        { "tab-split fi\\tle: link", "Tekst.\n\nSe [filen](<fi\tle:///etc/passwd>).", 2, DiagnosticCodes.AddressNotAllowed },
        { "file: image", "Tekst.\n\n![x](file:///etc/logo.png)", 2, DiagnosticCodes.AddressNotAllowed },
        { "tab-split image", "Tekst.\n\n![x](<FI\tLE:///etc/logo.png>)", 2, DiagnosticCodes.AddressNotAllowed },
        { "file: autolink", "Tekst.\n\nSe <file:///etc/passwd>.", 2, DiagnosticCodes.AddressNotAllowed },
        { "file: in a reference definition", "Se [filen][f].\n\n[f]: FILE:///etc/passwd", 0, DiagnosticCodes.AddressNotAllowed },
        { "ftp: link", "Tekst.\n\nSe [filen](ftp://example.dk/x).", 2, DiagnosticCodes.AddressNotAllowed },
        { "vbscript: autolink", "Tekst.\n\nKlik <VBScript:msgbox(1)>.", 2, DiagnosticCodes.ScriptInOutput },
        { "data: link", "Tekst.\n\nKlik [her](data:text/html;base64,PHNjcmlwdD4=).", 2, DiagnosticCodes.ScriptInOutput },
        { "https image", "Tekst.\n\n![x](https://example.dk/logo.png)", 2, DiagnosticCodes.ExternalRequest },
        { "protocol-relative image", "Tekst.\n\n![x](//example.dk/logo.png)", 2, DiagnosticCodes.ExternalRequest },
        { "backslash protocol-relative image", "Tekst.\n\n![x](<\\\\\\\\example.dk\\\\logo.png>)", 2, DiagnosticCodes.ExternalRequest },
        { "escaped quote in a shortcode argument", "Tekst.\n\n{{< chart id=\"x\\\" onload=\\\"y\" >}}", 2, DiagnosticCodes.MalformedShortcode },
        { "quote inside a shortcode argument", "Tekst.\n\n{{< questions group=\"overall\" onload=\"alert(1)\" x\" >}}", 2, DiagnosticCodes.MalformedShortcode },
        { "text after a shortcode", "Tekst.\n\n{{< glossary >}} <b>fed</b>", 2, DiagnosticCodes.MalformedShortcode },
        { "unknown shortcode argument", "Tekst.\n\n{{< questions group=\"overall\" class=\"x\" >}}", 2, DiagnosticCodes.UnknownShortcodeArgument },
        { "argument to a shortcode that takes none", "Tekst.\n\n{{< glossary onload=\"alert(1)\" >}}", 2, DiagnosticCodes.UnknownShortcodeArgument },
        { "shortcode argument given twice", "Tekst.\n\n{{< chart id=\"a\" id=\"b\" >}}", 2, DiagnosticCodes.MalformedShortcode },
    };

    [Theory]
    [MemberData(nameof(SmuggledScript))]
    [MemberData(nameof(NotOnTheAllowlist))]
    public async Task Should_Refuse_Script_Smuggled_Into_Markdown_At_Its_Line(string name, string body, int offset, string code)
    {
        // Given a site that built once
        using var site = new TestSite();
        var before = await BuildOnceAsync(site);

        // When a page smuggles script past Markdown
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", body));
        var outcome = await site.BuildAsync();

        // Then the build stops at the offending line and nothing of it is written
        Assert.True(outcome.ExitCode == 1, $"{name}: exit code {outcome.ExitCode}\n{outcome.Errors}");
        var expected = $"input/da/forord.md:{FirstBodyLine + offset}: error: ";
        Assert.True(outcome.ErrorLines.Any(l => l.StartsWith(expected, StringComparison.Ordinal) && l.EndsWith($"[{code}]", StringComparison.Ordinal)),
            $"{name}: expected a line '{expected}… [{code}]', got:\n{outcome.Errors}");
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
    }

    public static TheoryData<string, string, string, string> EscapedScript() => new()
    {
        // name, page (front matter and body), where the reader meets it, the text they must see as written
        { "script in the title", "---\ntitle: \"<script>alert(1)</script>\"\ndescription: x\ntranslationKey: foreword\nslug: forord\n---\n\nTekst.\n", "h1", "<script>alert(1)</script>" },
        { "script in the description", "---\ntitle: Forord\ndescription: \"<img src=x onerror=alert(1)>\"\ntranslationKey: foreword\nslug: forord\n---\n\nTekst.\n", "meta[name=description]", "<img src=x onerror=alert(1)>" },
        { "script in a code span", TestSite.Page("Forord", "foreword", "forord", "Skriv aldrig `<script>alert(1)</script>` her."), "main", "<script>alert(1)</script>" },
        { "script in a code block", TestSite.Page("Forord", "foreword", "forord", "```\n<script>alert(1)</script>\n```"), "main", "<script>alert(1)</script>" },
        { "script in link text", TestSite.Page("Forord", "foreword", "forord", "Se [\\<script\\>](_index.md) og [\" onerror=\"alert(1)](_index.md)."), "main", "<script>" },
        { "escaped html", TestSite.Page("Forord", "foreword", "forord", "Skriv \\<script\\>alert(1)\\</script\\> og &lt;b onclick=x&gt;."), "main", "<script>alert(1)</script> og <b onclick=x>" },
    };

    [Theory]
    [MemberData(nameof(EscapedScript))]
    public async Task Should_Show_Script_As_Text_When_It_Is_Only_Text(string name, string page, string where, string literal)
    {
        // Given script-like text where Markdown and front matter treat it as text
        using var site = new TestSite();
        site.Write("da/forord.md", page);

        // When the site is built
        var outcome = await site.BuildAsync();

        // Then it builds, the reader sees the text as written, and no page holds anything that runs
        Assert.True(outcome.ExitCode == 0, $"{name}: {outcome.Errors}");
        var parser = new HtmlParser();
        var document = parser.ParseDocument(site.OutputText("da/forord/index.html"));
        var shown = document.QuerySelector(where) is { } element ? element.GetAttribute("content") ?? element.TextContent : "";
        Assert.Contains(literal, shown);
        var runnable = RealSite.HtmlFiles(site.Output)
            .SelectMany(file => parser.ParseDocument(File.ReadAllText(file)).All.SelectMany(e =>
                (e.LocalName == "script" ? [$"{file}: <script>"] : Array.Empty<string>())
                .Concat(e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || RunsScript(a.Value))
                    .Select(a => $"{file}: <{e.LocalName} {a.Name}=\"{a.Value}\">"))))
            .ToList();
        Assert.True(runnable.Count == 0, $"{name}:\n{string.Join('\n', runnable)}");
    }

    // A browser drops tabs and newlines anywhere in an address and leading control characters and spaces before
    // reading its scheme, so "java\tscript:" runs as well as "javascript:".
    private static bool RunsScript(string value)
    {
        var url = new string(value.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).TrimStart(Enumerable.Range(0, 33).Select(i => (char)i).ToArray());
        return url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Copies the project's data files and balance-tool rules into the test site, so that balances, questions and rules are the real ones.</summary>
    private static TestSite WithRealData(TestSite site)
    {
        foreach (var language in new[] { "da", "en" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, language, DataLoader.Folder), "*.yml"))
            {
                // The tool advice links to the real chapters, which the small site lacks (a link to no page is an error).
                var text = string.Join('\n', File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("links:", StringComparison.Ordinal)));
                site.Write($"{language}/{DataLoader.Folder}/{Path.GetFileName(file)}", text + "\n");
            }
        }

        site.WriteBytes(ToolRulesLoader.FileName, File.ReadAllBytes(Path.Combine(RepoPaths.Input, ToolRulesLoader.FileName)));
        // The rules link advice to pages (the researcher's chapter): a page for each, so that the links resolve.
        foreach (var key in Tests.Tool.RealRules.Table.Rules.SelectMany(r => r.Links).Distinct())
        {
            site.Write($"da/{key}.md", TestSite.Page(key, key, key)).Write($"en/{key}.md", TestSite.Page(key, key, key));
        }

        return site;
    }

    private static IEnumerable<string> RealBalanceIds()
    {
        var diagnostics = new DiagnosticBag();
        var data = DataLoader.Load(Path.Combine(RepoPaths.Input, "da"), "da", diagnostics);
        Assert.False(diagnostics.HasErrors);
        Assert.NotEmpty(data.Balances);
        return data.Balances.Select(b => b.Id);
    }

    private static string Head(string text) => text.Length > 3000 ? text[..3000] + "…" : text;

    [GeneratedRegex(@"^(?<file>input/[^:]+):(?<line>[1-9][0-9]*): error: .+ \[MM[0-9]{3}\]$")]
    private static partial Regex ErrorLine();
}
