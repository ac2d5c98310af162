using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Booklet;

/// <summary>
/// Where this booklet's content stands: its data (questions, balances, advice, cases) kept once and rendered where the
/// printed booklet has it; every page pair of the two editions with the same structure (issue #3).
/// </summary>
public sealed class PlacementTests
{
    private const string SiteUrl = "https://www.arbejdsmiljoweb.dk/maalmedmening/";
    private static readonly string[] BalanceIds = ["activity-value", "individual-collective", "standardised-flexible", "incentives-learning"];

    private static async Task<BuiltPage> PageAsync(string path) => BuiltPage.Load(await RealSite.SharedOutputAsync(), path);

    private static Data.LanguageData Data(string language)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var data = Generator.Data.DataLoader.Load(Path.Combine(RepoPaths.Input, language), language, diagnostics);
        Assert.False(diagnostics.HasErrors);
        return data;
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void Should_Keep_Each_Question_Balance_And_Advice_Once_As_Data(string language)
    {
        // Given the data files' texts
        var data = Data(language);
        var questions = data.Questions.Select(q => q.Text).ToList();
        var advice = data.Advice.Select(a => a.Text).ToList();
        var balances = data.Balances.Select(b => b.Name).ToList();

        // Then there are 25, 6 and 4 of them
        Assert.Equal(25, questions.Count);
        Assert.Equal(6, advice.Count);
        Assert.Equal(4, balances.Count);

        // And no text is written a second time anywhere else in that language's input
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, language), "*.*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllText);
        Assert.Equal(5, data.QuestionsIn("overall").Count());
        Assert.All(data.Balances, b => Assert.Equal(5, data.QuestionsIn(b.Id).Count()));
        Assert.Equal(3, data.AdviceAt("strategic").Count());
        // (A balance's name is also its chapter's title, so only the long texts are counted.)
        Assert.Equal(BalanceIds, data.Balances.Select(b => b.Id));
        foreach (var text in questions.Concat(advice))
        {
            var count = files.Values.Sum(content => Occurrences(content, text));
            Assert.True(count == 1, $"'{text}' occurs {count} times in input/{language}");
        }
    }

    [Theory]
    [InlineData("da/praestationsmaal-i-praksis/")]
    [InlineData("en/performance-targets-in-practice/")]
    public async Task Should_Build_Three_Cases_Each_Once(string section)
    {
        // Given the built site's cases section
        var output = await RealSite.SharedOutputAsync();
        var index = BuiltPage.Load(output, section + "index.html");

        // When its contents and its folder are read
        var links = index.Article.QuerySelectorAll("nav.contents a").Select(a => a.GetAttribute("href")!).ToList();
        var built = Directory.EnumerateFiles(Path.Combine(output, section), "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(output, section), Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(f => f != "./")
            .Order(StringComparer.Ordinal)
            .ToList();

        // Then there are exactly three case pages, each listed once, each with its own title and a twin in the other language
        Assert.Equal(3, built.Count);
        Assert.Equal(built, links.Order(StringComparer.Ordinal));
        var cases = links.Select(l => BuiltPage.Load(output, section + l + "index.html")).ToList();
        Assert.Equal(3, cases.Select(c => c.Document.QuerySelector("h1")!.TextContent).Distinct().Count());
        var other = section.StartsWith("da/", StringComparison.Ordinal) ? "en" : "da";
        Assert.All(cases, c => Assert.True(File.Exists(Path.Combine(output, c.TwinPath(other, SiteUrl))), $"{c.Path} has no {other} twin"));
    }

    [Theory]
    [InlineData("da/fire-vigtige-balancer/index.html", "overall")]
    [InlineData("da/maal-for-aktivitet-eller-vaerdiskabelse/index.html", "activity-value")]
    [InlineData("da/individuelle-eller-kollektive-maal/index.html", "individual-collective")]
    [InlineData("da/standardiserede-eller-fleksible-maalinger/index.html", "standardised-flexible")]
    [InlineData("da/fokus-paa-incitamenter-eller-laering/index.html", "incentives-learning")]
    [InlineData("en/four-important-balances/index.html", "overall")]
    [InlineData("en/incentives-or-learning/index.html", "incentives-learning")]
    public async Task Should_Render_Each_Group_Of_Questions_Where_The_Booklet_Has_It(string path, string group)
    {
        var page = await PageAsync(path);

        var ids = page.Article.QuerySelectorAll("ol.questions li").Select(li => li.Id).ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"{group}-{n}"), ids);
    }

    [Theory]
    [InlineData("da/dialogvaerktoej/index.html")]
    [InlineData("en/dialogue-tool/index.html")]
    public async Task Should_Put_All_Questions_Advice_And_The_Overview_On_The_Dialogue_Sheet(string path)
    {
        var page = await PageAsync(path);

        Assert.Equal(25, page.Article.QuerySelectorAll("li.question").Length);
        Assert.Equal(6, page.Article.QuerySelectorAll("li.advice-item").Length);
        Assert.Equal(BalanceIds.Select(b => $"overview-{b}"), page.Article.QuerySelectorAll("tbody.overview-balance").Select(t => t.Id));
        Assert.Contains("layout-sheet", page.Document.Body!.ClassName);
    }

    [Theory]
    [InlineData("da/oversigt/index.html")]
    [InlineData("en/overview/index.html")]
    [InlineData("embed/da/overview/index.html")]
    [InlineData("da/dialogvaerktoej/index.html")]
    public async Task Should_Name_Each_Overview_Cells_Column_Balance_And_Pole_In_Its_Headers(string path)
    {
        // Given the overview table (scope="rowgroup" reaches the cells in some screen readers only)
        var page = await PageAsync(path);
        var table = page.Document.QuerySelector("table.overview")!;
        var headerIds = table.QuerySelectorAll("th").Select(th => th.Id).ToHashSet();

        // Then every cell and pole names, through headers, its column, its balance's heading and its pole, all in the same table
        var cells = table.QuerySelectorAll("tbody td").ToList();
        Assert.Equal(BalanceIds.Length * 2 * 2, cells.Count);
        foreach (var cell in cells)
        {
            var headers = (cell.GetAttribute("headers") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, headers.Length);
            Assert.All(headers, id => Assert.Contains(id, headerIds));
            var balance = cell.ParentElement!.ParentElement!;
            Assert.Equal(balance.QuerySelector("tr.overview-dimension th")!.Id, headers[1]);
            Assert.Equal(cell.ParentElement!.QuerySelector("th")!.Id, headers[2]);
        }

        Assert.Empty(table.QuerySelectorAll("[scope=rowgroup]"));
    }

    [Theory]
    [InlineData("da/gode-raad-om-praestationsmaalinger/index.html")]
    [InlineData("en/good-advice-on-performance-measurement/index.html")]
    public async Task Should_Render_The_Six_Pieces_Of_Advice_In_The_Researchers_Chapter(string path)
    {
        var page = await PageAsync(path);

        Assert.Equal(["strategic-1", "strategic-2", "strategic-3", "operational-1", "operational-2", "operational-3"],
            page.Article.QuerySelectorAll("li.advice-item").Select(li => li.Id));
    }

    [Fact]
    public async Task Should_Link_Balance_Chapters_And_Cases_Both_Ways()
    {
        var output = await RealSite.SharedOutputAsync();
        var topdanmark = await PageAsync("da/praestationsmaal-i-praksis/topdanmark/index.html");
        var incentives = await PageAsync("da/fokus-paa-incitamenter-eller-laering/index.html");

        Assert.Contains("../../fokus-paa-incitamenter-eller-laering/", topdanmark.Article.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
        Assert.Contains("../praestationsmaal-i-praksis/topdanmark/", incentives.Article.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
        foreach (var language in new[] { "da", "en" })
        {
            var chapters = BuiltPage.All(output, language).Where(p => p.Article.QuerySelector("ol.questions[data-group]")?.GetAttribute("data-group") is { } g && BalanceIds.Contains(g)).ToList();
            Assert.Equal(4, chapters.Count);
            Assert.All(chapters, chapter => Assert.NotEmpty(chapter.Article.QuerySelectorAll(".related li")));
        }
    }

    [Fact]
    public async Task Should_Give_Every_Page_Pair_The_Same_Structure()
    {
        // Headings, paragraphs, list items, quotes, questions, tables, footnotes: in the same order in both languages.
        var output = await RealSite.SharedOutputAsync();
        var mismatches = new List<string>();
        foreach (var danish in BuiltPage.All(output, "da"))
        {
            var english = BuiltPage.Load(output, danish.TwinPath("en", SiteUrl));
            var (a, b) = (Structure(danish), Structure(english));
            if (!a.SequenceEqual(b))
            {
                var at = a.Zip(b).TakeWhile(p => p.First == p.Second).Count();
                mismatches.Add($"{danish.Path} ↔ {english.Path}: differ at element {at} ({a.ElementAtOrDefault(at)} / {b.ElementAtOrDefault(at)})");
            }
        }

        Assert.Empty(mismatches);
    }

    private static IEnumerable<string> Structure(BuiltPage page) =>
        page.Article.QuerySelectorAll("h2, h3, h4, h5, p, li, blockquote, figure, table, tr, dt, sup")
            // The subject index is each language's own: its terms, and so its letters, differ between the languages.
            .Where(e => e.Closest(".index-letter, .index-letters") is null)
            .Select(e => e.LocalName + (e.ClassName is { Length: > 0 } c ? "." + c : ""));

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // Issue #14: the group sheet is linked from the dialogue sheet, outside the booklet's own words.
    [Theory]
    [InlineData("da/dialogvaerktoej/index.html", "../gruppeark/")]
    [InlineData("en/dialogue-tool/index.html", "../group-sheet/")]
    public async Task Should_Point_From_The_Dialogue_Sheet_To_The_Group_Sheet(string path, string href)
    {
        // Given the built dialogue sheet
        var page = await PageAsync(path);

        // Then its "see also" links to the group sheet
        Assert.Contains(page.Document.QuerySelectorAll(".see-also a"), a => a.GetAttribute("href") == href);
    }
}
