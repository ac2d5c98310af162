using System.Text.RegularExpressions;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tests.Docs;

/// <summary>The editors' guide lists every shortcode and every layout the generator knows, and no other.</summary>
public sealed partial class ShortcodeTableTests
{
    private static string Guide() => File.ReadAllText(Path.Combine(RepoPaths.Input, "README.md"));

    [Fact]
    public void Should_List_Exactly_The_Registered_Shortcodes_In_The_Editors_Guide()
    {
        // Given the shortcodes the site registers and the rows of the guide's shortcode table
        var urls = new RelativeUrls(false);
        var site = Router.Route(["da"], [], new DiagnosticBag());
        var registered = SiteShortcodes.Register(new ToolViewBuilder(LogicTable.None, site, urls), new PageOutlines(MarkdownPipelineFactory.Create()), "https://example.org/")
            .Build(new ShortcodeContext(site, new Dictionary<string, LanguageData>(), new Dictionary<string, UiStrings>(), urls))
            .Names;
        var rows = ShortcodeRow().Matches(Guide()).Select(m => m.Groups[1].Value).ToList();

        // Then each registered shortcode has one row, and each row names a registered shortcode
        Assert.NotEmpty(registered);
        Assert.Equal(registered.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_List_Exactly_The_Known_Layouts_In_The_Editors_Guide()
    {
        // Given the layouts the front matter accepts and the rows of the guide's layout table
        var guide = Guide();
        var table = guide[guide.IndexOf("| layout |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        var rows = LayoutRow().Matches(table).Select(m => m.Groups[1].Value).ToList();

        // Then each layout has one row, in the order the front matter lists them
        Assert.Equal(FrontMatter.Layouts, rows);
    }

    // A row of the shortcode table: | `{{< questions group="overall" >}}` | the five questions … |
    [GeneratedRegex(@"^\s*\| `\{\{< ([a-z][a-z-]*)[^`]*>\}\}`( or `[^`]*`)? \| \S", RegexOptions.Multiline)]
    private static partial Regex ShortcodeRow();

    // A row of the layout table: | `sheet` | prints on A4 sheets … |
    [GeneratedRegex(@"^\| `([a-z]+)` \| \S", RegexOptions.Multiline)]
    private static partial Regex LayoutRow();
}
