using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Cli;

/// <summary><c>new</c> starts a page pair that builds, and never overwrites a file (issue #16).</summary>
public sealed class NewCommandTests
{
    private static async Task<TestSite.Outcome> NewAsync(TestSite site, PagePair.Request request)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await NewCommand.RunAsync(site.Input, request, output, errors);
        return new TestSite.Outcome(code, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Should_Start_A_Page_Pair_That_Builds()
    {
        // Given a site whose top-level pages weigh at most 10
        using var site = new TestSite();

        // When a page pair is started with a Danish slug
        var made = await NewAsync(site, new PagePair.Request("nyt-kapitel", "Nyt kapitel: om mål", "nyt-kapitæl", null));

        // Then one file per language is printed and written, sharing key and weight, the other language marked for translation
        Assert.Equal(0, made.ExitCode);
        Assert.Equal([Path.Combine(site.Input, "da", "nyt-kapitel.md"), Path.Combine(site.Input, "en", "nyt-kapitel.md")],
            made.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFullPath));
        Assert.Contains("'nyt-kapitæl' is written as 'nyt-kapitael'", made.Errors);
        var danish = File.ReadAllText(Path.Combine(site.Input, "da", "nyt-kapitel.md"));
        var english = File.ReadAllText(Path.Combine(site.Input, "en", "nyt-kapitel.md"));
        Assert.StartsWith("---\ntitle: \"Nyt kapitel: om mål\"\ndescription: \"TODO: one sentence about the page.\"\ntranslationKey: nyt-kapitel\nweight: 20\nslug: nyt-kapitael\n---\n", danish);
        Assert.StartsWith("---\ntitle: \"Nyt kapitel: om mål (translate me)\"\n", english);
        Assert.Contains("\ntranslationKey: nyt-kapitel\nweight: 20\nslug: nyt-kapitael\n", english);

        // And the preview shows both pages as drafts, with a warning at each placeholder
        var draft = await DraftBuildAsync(site);
        Assert.Equal(0, draft.ExitCode);
        Assert.Contains("input/en/nyt-kapitel.md:2: warning: the placeholder '(translate me)' that `new` wrote is still here", draft.Errors);
        Assert.Contains("Nyt kapitel: om mål", site.OutputText("da/nyt-kapitael/index.html"));
        Assert.Contains("Nyt kapitel: om mål (translate me)", site.OutputText("en/nyt-kapitael/index.html"));
    }

    [Fact]
    public async Task Should_Not_Publish_A_Page_Whose_Placeholders_Are_Still_There()
    {
        // Given a page pair just started (issue #29)
        using var site = new TestSite();
        Assert.Equal(0, (await NewAsync(site, new PagePair.Request("nyt-kapitel", "Nyt kapitel", null, null))).ExitCode);

        // When the site is built
        var build = await site.BuildAsync();

        // Then each placeholder is an error at its line: the English title, both descriptions and both bodies
        Assert.Equal(1, build.ExitCode);
        var placeholders = build.ErrorLines.Where(l => l.EndsWith("[MM160]", StringComparison.Ordinal)).ToList();
        Assert.Contains("input/en/nyt-kapitel.md:2: error: the placeholder '(translate me)' that `new` wrote is still here; write the real text [MM160]", placeholders);
        Assert.Contains(placeholders, l => l.StartsWith("input/da/nyt-kapitel.md:3: error: the placeholder 'TODO:'", StringComparison.Ordinal));
        Assert.Contains(placeholders, l => l.StartsWith("input/da/nyt-kapitel.md:9: error: the placeholder 'TODO:'", StringComparison.Ordinal));
        Assert.Equal(5, placeholders.Count);

        // And once the text is written, it builds
        foreach (var language in new[] { "da", "en" })
        {
            site.Write($"{language}/nyt-kapitel.md", TestSite.Page("Nyt kapitel", "nyt-kapitel", "nyt-kapitel", "Tekst.", weight: 20));
        }

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
    }

    // Builds as serve does: pages without a twin and pages with placeholders are drafts.
    private static async Task<TestSite.Outcome> DraftBuildAsync(TestSite site)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var options = new BuildOptions(site.Input, site.Output, RepoPaths.Theme) { AllowMissingTranslations = true };
        var code = await BuildCommand.RunAsync(options, output, errors);
        return new TestSite.Outcome(code, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Should_Add_A_Page_After_The_Last_Of_Its_Section()
    {
        // Given a section whose pages weigh 10 and 30
        using var site = new TestSite();
        foreach (var (language, title) in new[] { ("da", "Eksempler"), ("en", "Cases") })
        {
            site.Write($"{language}/cases/_index.md", TestSite.Page(title, "cases", title.ToLowerInvariant(), weight: 50))
                .Write($"{language}/cases/a.md", TestSite.Page("A", "case-a", "a", weight: 30))
                .Write($"{language}/cases/b.md", TestSite.Page("B", "case-b", "b", weight: 10));
        }

        // When a page is started in it
        var made = await NewAsync(site, new PagePair.Request("cases/c.md", null, null, "case-c"));

        // Then it comes after the section's last page, and the site builds
        Assert.Equal(0, made.ExitCode);
        Assert.Contains("\ntranslationKey: case-c\nweight: 40\nslug: c\n", File.ReadAllText(Path.Combine(site.Input, "en", "cases", "c.md")));
        Assert.Equal(0, (await DraftBuildAsync(site)).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "da", "eksempler", "c", "index.html")));
    }

    // Issue #29: a new chapter goes before the back matter (the whole booklet and what follows it), so it is in the booklet.
    [Fact]
    public async Task Should_Place_A_New_Page_Before_The_Whole_Booklet_And_The_Back_Matter()
    {
        // Given a booklet without keys at weight 30 and an accessibility statement after it at 40
        using var site = new TestSite();
        foreach (var (language, booklet, after) in new[] { ("da", "haefte", "tilgaengelighed"), ("en", "booklet", "accessibility") })
        {
            site.Write($"{language}/{booklet}.md", TestSite.Page("Booklet", "booklet", booklet, "{{< booklet >}}", weight: 30, extra: "layout: booklet\n"))
                .Write($"{language}/{after}.md", TestSite.Page("After", "after", after, "Bagerst.", weight: 40));
        }

        // When a page is started
        var made = await NewAsync(site, new PagePair.Request("nyt", "Nyt", null, null));

        // Then it weighs between the foreword (10) and the booklet (30), nothing is said about a key list, and the preview's booklet holds it
        Assert.Equal(0, made.ExitCode);
        Assert.Contains("\nweight: 20\n", File.ReadAllText(Path.Combine(site.Input, "da", "nyt.md")));
        Assert.DoesNotContain("keys=", made.Errors);
        Assert.Equal(0, (await DraftBuildAsync(site)).ExitCode);
        Assert.Contains("id=\"chapter-nyt\"", site.OutputText("da/haefte/index.html"));
    }

    [Fact]
    public async Task Should_Say_Where_To_Add_The_Key_When_The_Booklet_Lists_Its_Chapters()
    {
        // Given a booklet that lists its chapters on purpose
        using var site = new TestSite();
        foreach (var (language, booklet) in new[] { ("da", "haefte"), ("en", "booklet") })
        {
            site.Write($"{language}/{booklet}.md", TestSite.Page("Booklet", "booklet", booklet, "{{< booklet keys=\"foreword\" >}}", weight: 30, extra: "layout: booklet\n"));
        }

        // When a page is started
        var made = await NewAsync(site, new PagePair.Request("nyt", null, null, "nyt-kapitel"));

        // Then new says, for each booklet page, that the key is to be added there
        Assert.Equal(0, made.ExitCode);
        Assert.Contains($"note: {Path.Combine(site.Input, "da", "haefte.md")} lists its chapters on purpose (keys=\"…\"); add 'nyt-kapitel' there", made.Errors);
        Assert.Contains($"note: {Path.Combine(site.Input, "en", "booklet.md")} lists its chapters on purpose", made.Errors);
    }

    [Theory]
    [InlineData("cases/ny-sag/x", "(e.g. cases/ny-sag-x)")]
    [InlineData("../escape", "(e.g. escape)")]
    [InlineData("Ny Side", "(e.g. ny-side)")]
    public async Task Should_Suggest_A_Valid_Path_For_One_That_Is_Not(string path, string suggestion)
    {
        // Given a site
        using var site = new TestSite();

        // When a page pair is asked for at a path that is not name or section/name
        var made = await NewAsync(site, new PagePair.Request(path, null, null, null));

        // Then the one line suggests a path new accepts, not the refused input nor the fallback word
        Assert.Equal(2, made.ExitCode);
        Assert.EndsWith(suggestion, made.Errors.TrimEnd());
        Assert.DoesNotContain("side/", made.Errors);
    }

    [Theory]
    [InlineData("forord-igen", "foreword", null)]
    [InlineData("andet", null, "forord")]
    [InlineData("mangler/side", null, null)]
    [InlineData("Nyt Kapitel", null, null)]
    public async Task Should_Refuse_A_Page_That_Does_Not_Fit_The_Site(string path, string? key, string? slug)
    {
        // Given a site (a key, an address, a section that does not exist, a path that is not a name)
        using var site = new TestSite();
        var before = FolderSnapshot.Take(site.Input);

        // When a page pair is asked for
        var made = await NewAsync(site, new PagePair.Request(path, null, slug, key));

        // Then new refuses in one line, and writes nothing
        Assert.Equal(2, made.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(made.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(before, FolderSnapshot.Take(site.Input));
    }

    [Fact]
    public async Task Should_Refuse_To_Overwrite_A_Page_When_Run_Twice()
    {
        // Given a page pair made by the generator's own process
        using var site = new TestSite();
        var folder = Path.GetDirectoryName(site.Input)!;
        string[] arguments = ["new", "nyt", "--input", site.Input];
        var first = await GeneratorProcess.RunAsync(folder, arguments, TimeSpan.FromSeconds(60));
        File.AppendAllText(Path.Combine(site.Input, "da", "nyt.md"), "Skrevet.\n");
        var written = FolderSnapshot.Take(site.Input);

        // When it is asked for again
        var second = await GeneratorProcess.RunAsync(folder, arguments, TimeSpan.FromSeconds(60));

        // Then the second run exits 2 with one line, and the written page is kept as it was
        Assert.Equal((0, "input/da/nyt.md\ninput/en/nyt.md\n"), (first.ExitCode, first.Output));
        Assert.Equal(2, second.ExitCode);
        Assert.Equal("error: input/da/nyt.md already exists; nothing was written\n", second.Errors);
        Assert.Equal(written, FolderSnapshot.Take(site.Input));
    }
}
