using System.IO.Hashing;
using System.Text.RegularExpressions;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Output;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Output;

/// <summary>Issues #16/#17: the stylesheet is minified and named after its content, so a year's caching never serves an old copy.</summary>
public sealed partial class ThemeAssetsTests
{
    private const string GeneratedCss = ".tool-x:checked ~ .y { display: block; }\n";

    private static ThemeAssets Build(string css, DiagnosticBag? diagnostics = null, MinifyCache? cache = null)
    {
        using var theme = new TempFolder();
        Directory.CreateDirectory(theme.Combine("assets"));
        File.WriteAllText(theme.Combine("assets", "site.css"), css);
        return ThemeAssets.Build(theme.Path, GeneratedCss, diagnostics ?? new DiagnosticBag(), cache);
    }

    [Fact]
    public void Should_Reuse_The_Minified_Css_Of_An_Earlier_Build_Of_The_Same_Source()
    {
        // Given a cache that one build has filled, and its entry for the site's stylesheet then changed by hand
        using var folder = new TempFolder();
        var cache = new MinifyCache(folder.Path);
        const string css = "body {\n  margin: 0;\n}\n";
        var first = Build(css, cache: cache);
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
        var entry = Directory.GetFiles(folder.Path).Single(f => File.ReadAllText(f) == "body{margin:0}");
        File.WriteAllText(entry, "body{margin:1px}");

        // When the same source is built again, and a changed one
        var again = Build(css, cache: cache);
        var changed = Build("body { margin: 2px; }\n", cache: cache);

        // Then the same source comes from the cache (the hand-made bytes prove it was not minified again); a changed one is minified
        Assert.Equal("body{margin:0}", System.Text.Encoding.UTF8.GetString(first.Files[0].Content));
        Assert.Equal("body{margin:1px}", System.Text.Encoding.UTF8.GetString(again.Files[0].Content));
        Assert.Equal("body{margin:2px}", System.Text.Encoding.UTF8.GetString(changed.Files[0].Content));
    }

    [Fact]
    public void Should_Not_Cache_Css_With_Errors_So_That_Every_Build_Reports_Them()
    {
        // Given a cache and a broken stylesheet
        using var folder = new TempFolder();
        var cache = new MinifyCache(folder.Path);
        const string css = "a { color: red; } }\n";

        // When it is built twice
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        Build(css, first, cache);
        Build(css, second, cache);

        // Then both builds report it
        Assert.Single(first.ToSortedList());
        Assert.Single(second.ToSortedList());
    }

    [Fact]
    public void Should_Name_The_Stylesheet_After_The_Sha256_Of_Its_Minified_Bytes()
    {
        // Given a theme stylesheet with comments and spacing
        const string css = "/* the page */\nbody {\n  margin: 0;\n  color: #112233;\n}\n";

        // When the assets are built
        var assets = Build(css);

        // Then the site's stylesheet and the tool's are minified apart, each named by the first 10 hex digits of its XxHash128
        Assert.Equal(2, assets.Files.Count);
        var file = assets.Files[0];
        Assert.Equal("body{margin:0;color:#123}", System.Text.Encoding.UTF8.GetString(file.Content));
        var hash = Convert.ToHexStringLower(XxHash128.Hash(file.Content))[..10];
        Assert.Equal($"assets/site.{hash}.css", file.Path);
        Assert.Equal(file.Path, assets.StylesheetPath);
        var tool = assets.Files[1];
        Assert.Equal(".tool-x:checked~.y{display:block}", System.Text.Encoding.UTF8.GetString(tool.Content));
        Assert.Equal($"assets/tool.{Convert.ToHexStringLower(XxHash128.Hash(tool.Content))[..10]}.css", tool.Path);
        Assert.Equal(tool.Path, assets.ToolStylesheetPath);
    }

    [Fact]
    public void Should_Give_The_Same_Name_To_The_Same_Css_And_A_New_Name_To_Changed_Css()
    {
        // Given the same stylesheet twice and a changed one
        const string css = "body { margin: 0; }\n";

        // When each is built
        var first = Build(css);
        var again = Build(css);
        var changed = Build("body { margin: 1px; }\n");

        // Then the same CSS gives the same name and bytes; changed CSS a new name
        Assert.Equal(first.StylesheetPath, again.StylesheetPath);
        Assert.Equal(first.Files[0].Content, again.Files[0].Content);
        Assert.NotEqual(first.StylesheetPath, changed.StylesheetPath);
    }

    [Theory]
    [InlineData("a/b/logo.svg", "a/b/logo.0123456789.svg")]
    [InlineData("site.css", "site.0123456789.css")]
    [InlineData("dir.v2/LICENSE", "dir.v2/LICENSE.0123456789")]
    public void Should_Put_The_Hash_Before_The_Extension(string path, string expected)
    {
        // Given some content and its hash
        var content = new byte[] { 1, 2, 3 };
        var hash = Convert.ToHexStringLower(XxHash128.Hash(content))[..10];

        // When the file is named
        var name = ThemeAssets.HashedName(path, content);

        // Then the hash sits before the extension (or at the end without one)
        Assert.Equal(expected.Replace("0123456789", hash, StringComparison.Ordinal), name);
    }

    [Fact]
    public void Should_Report_Css_The_Minifier_Cannot_Read_At_Its_Line_In_The_Theme_File()
    {
        // Given a theme stylesheet whose fourth line is broken
        const string css = "body {\n  margin: 0;\n}\na { color: red; } }\n";
        var diagnostics = new DiagnosticBag();

        // When the assets are built
        Build(css, diagnostics);

        // Then the error names the theme's file, the line and MM090
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.InvalidStylesheet, error.Code);
        Assert.Equal(4, error.Span.Line);
        Assert.EndsWith("assets/site.css", error.Span.File, StringComparison.Ordinal);
        Assert.Matches(@"site\.css:4: error: .+ \[MM090\]$", error.Format());
    }

    [Fact]
    public async Task Should_Link_Every_Page_Of_The_Real_Site_To_The_Stylesheet_That_Exists()
    {
        // Given the real site, built
        var output = await RealSite.SharedOutputAsync();
        var stylesheet = BuiltStylesheet.PathIn(output);
        var pages = RealSite.HtmlFiles(output).ToList();

        // When each page's stylesheet link is resolved against the page's own address
        var targets = pages.Select(page => (page, href: StylesheetHref().Match(File.ReadAllText(page)).Groups[1].Value))
            .Select(p => (p.page, target: p.href.StartsWith('/')
                ? Path.Combine(output, p.href[p.href.IndexOf("assets/", StringComparison.Ordinal)..])
                : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(p.page)!, p.href))))
            .ToList();

        // Then every page (404 pages with their absolute links too) links to the one hashed stylesheet
        Assert.True(pages.Count > 40, $"only {pages.Count} pages");
        Assert.All(targets, t => Assert.True(Path.GetFullPath(t.target) == stylesheet, $"{t.page} links to {t.target}"));
        Assert.Matches(@"site\.[0-9a-f]{10}\.css$", stylesheet);
        Assert.False(File.Exists(Path.Combine(output, "assets", "site.css")), "the unhashed stylesheet is still written");
    }

    [Fact]
    public async Task Should_Mark_The_Built_Stylesheet_Immutable_In_The_Headers_File()
    {
        // Given the real site, built
        var output = await RealSite.SharedOutputAsync();

        // When its _headers is read for the stylesheet
        var lines = (await File.ReadAllTextAsync(Path.Combine(output, "_headers"))).Split('\n');
        var at = Array.FindIndex(lines, l => l.EndsWith("/" + BuiltStylesheet.RelativePathIn(output), StringComparison.Ordinal));

        // Then the stylesheet has a rule that caches it for a year
        Assert.True(at >= 0, "no _headers rule for the stylesheet");
        Assert.Contains("  Cache-Control: " + SecurityHeaders.Immutable, lines.Skip(at + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_Minify_Each_Part_Stylesheet_Apart_And_Put_The_Tools_Before_Its_Generated_Css()
    {
        // Given a theme with a stylesheet for the cards' part and one for the tool's
        using var theme = new TempFolder();
        Directory.CreateDirectory(theme.Combine("assets", ThemeAssets.PartsFolder));
        File.WriteAllText(theme.Combine("assets", "site.css"), "body { margin: 0; }\n");
        File.WriteAllText(theme.Combine("assets", ThemeAssets.PartsFolder, "QuestionCards.css"), "/* cards */\n.card {\n  color: #112233;\n}\n");
        File.WriteAllText(theme.Combine("assets", ThemeAssets.PartsFolder, ThemeAssets.ToolComponent + ".css"), ".tool { margin: 0; }\n");

        // When the assets are built
        var assets = ThemeAssets.Build(theme.Path, GeneratedCss, new DiagnosticBag());

        // Then the cards' stylesheet is minified and hashed under its component's name, and the tool's part opens the tool's stylesheet
        var cards = Assert.Single(assets.Files, f => f.Path.Contains("QuestionCards", StringComparison.Ordinal));
        Assert.Equal(".card{color:#123}", System.Text.Encoding.UTF8.GetString(cards.Content));
        Assert.Equal($"assets/{ThemeAssets.PartsFolder}/QuestionCards.{Convert.ToHexStringLower(XxHash128.Hash(cards.Content))[..10]}.css", cards.Path);
        Assert.Equal(cards.Path, assets.PartStylesheets["QuestionCards"]);
        var tool = Assert.Single(assets.Files, f => f.Path == assets.ToolStylesheetPath);
        Assert.Equal(".tool{margin:0}.tool-x:checked~.y{display:block}", System.Text.Encoding.UTF8.GetString(tool.Content));
        Assert.Equal(tool.Path, assets.PartStylesheets[ThemeAssets.ToolComponent]);
        Assert.DoesNotContain(assets.Files, f => f.Path.Contains(ThemeAssets.ToolComponent, StringComparison.Ordinal));
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetHref();
}
