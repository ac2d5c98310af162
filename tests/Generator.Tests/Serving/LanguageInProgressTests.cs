using AngleSharp.Html.Parser;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Tests.Site;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Serving;

/// <summary>
/// <c>serve</c> previews a language in progress (issue #27): the second publication with German added to its languages
/// and one German page, nothing else (no home, strings, data or position names in German), fails <c>build</c> as
/// before, but the draft-mode build that <c>serve</c> runs gives every German page: the translated one as written, the
/// others as stand-ins, the default language's pages marked as drafts, and links that stay in German.
/// </summary>
public sealed class LanguageInProgressTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Input => _folder.Combine("input");

    private string Output => _folder.Combine("output");

    public LanguageInProgressTests()
    {
        foreach (var file in Directory.EnumerateFiles(SecondPublicationTests.Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Input, Path.GetRelativePath(SecondPublicationTests.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var settings = Path.Combine(Input, "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("languages: sv en", "languages: sv en de", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(Input, "de"));
        File.WriteAllText(Path.Combine(Input, "de", "why.md"),
            "---\ntitle: \"Warum Besprechungen zählen\"\ndescription: \"Warum Besprechungen zählen.\"\ntranslationKey: why\nweight: 10\nslug: warum\n---\n\n"
            + "## Warum Besprechungen zählen\n\nKurzer Text. Weiter zum [Werkzeug](tool.md).\n\n{{< questions group=\"overall\" >}}\n");
    }

    public void Dispose() => _folder.Dispose();

    private async Task<(int Code, string Errors)> BuildAsync(bool drafts)
    {
        var errors = new StringWriter();
        var options = new BuildOptions(Input, Output, RepoPaths.Theme) { InPlace = drafts, AllowMissingTranslations = drafts };
        var code = await BuildCommand.RunAsync(options, TextWriter.Null, errors);
        return (code, errors.ToString());
    }

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

    [Fact]
    public async Task Should_Fail_Build_With_What_The_Language_Lacks()
    {
        // When the site is built
        var (code, errors) = await BuildAsync(drafts: false);

        // Then it fails, naming the missing home page and strings table
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("de/_index.md:1: error: the de edition has no home page", errors);
        Assert.Contains("de/strings.yml:1: error: the strings table is missing", errors);
        Assert.False(Directory.Exists(Path.Combine(Output, "de")));
    }

    [Fact]
    public async Task Should_Preview_Every_Page_Of_The_Language_With_The_Missing_Ones_As_Drafts()
    {
        // When the site is built as serve builds it
        var (code, errors) = await BuildAsync(drafts: true);

        // Then it builds, warning of what German lacks, each as a draft
        Assert.True(code == ExitCodes.Success, errors);
        Assert.Contains("de/_index.md:1: warning: the de edition has no home page", errors);
        Assert.Contains("de/strings.yml:1: warning: the strings table is missing", errors);
        Assert.Contains("tool-rules.yml", errors.Split('\n').Single(l => l.Contains("[MM103]", StringComparison.Ordinal)));
        Assert.DoesNotContain(": error:", errors);

        // And German has as many pages as Swedish
        int Count(string language) => Directory.EnumerateFiles(Path.Combine(Output, language), "index.html", SearchOption.AllDirectories).Count();
        Assert.Equal(Count("sv"), Count("de"));

        // And the German page is as written, in German, without a draft note, its link to the tool going to the German tool page
        var own = Page("de/warum/index.html");
        Assert.Equal("de", own.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Warum Besprechungen zählen", own.QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(own.QuerySelector(".translation-missing"));
        Assert.Contains(own.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href") == "../verktyget/" && a.TextContent == "Werkzeug");

        // And the home page German lacks stands in from Swedish, marked as a draft missing in German (named by its code
        // until the German strings name it), its link to 'why' going to the German page
        var home = Page("de/index.html");
        Assert.Contains("Möten som fungerar", home.QuerySelector("h1")?.TextContent);
        Assert.EndsWith(": de", home.QuerySelector(".translation-missing")?.TextContent.Trim());
        Assert.Contains(home.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href") == "warum/");

        // And the tool stands in with the Swedish position names, and the Swedish tool page notes that German lacks it
        Assert.NotNull(Page("de/verktyget/index.html").QuerySelector("label #pace-n1"));
        Assert.EndsWith(": de", Page("sv/verktyget/index.html").QuerySelector(".translation-missing")?.TextContent.Trim());
    }
}
