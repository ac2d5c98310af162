using System.Reflection;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tests.Localization;

/// <summary>
/// A language's strings table needs the keys its pages show, and no others (issue #27): the layout's always, a part's
/// only where a page uses it; a missing key that is shown is an error naming the key and the page that shows it, an
/// unknown key stays an error.
/// </summary>
public sealed class StringsInUseTests
{
    /// <summary>The minimal site's table without the given keys, for both languages.</summary>
    private static TestSite SiteWithout(params string[] keys)
    {
        var site = new TestSite();
        foreach (var language in new[] { "da", "en" })
        {
            var path = Path.Combine(site.Input, language, StringTable.FileName);
            var lines = File.ReadAllLines(path).Where(line => !keys.Any(k => line.StartsWith(k + ":", StringComparison.Ordinal)));
            site.Write($"{language}/{StringTable.FileName}", string.Join('\n', lines) + "\n");
        }

        return site;
    }

    private static readonly string[] PartKeys = [.. StringKeys.All.Except(StringKeys.Layout)];

    [Fact]
    public async Task Should_Build_Without_The_Keys_Of_Parts_No_Page_Shows()
    {
        // Given a site of plain pages whose tables have only the layout's keys
        using var site = SiteWithout(PartKeys);

        // When it is built
        var outcome = await site.BuildAsync();

        // Then it builds, and no page shows a key in place of a text
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain(StringKeys.All, key => html.Contains($"] {key}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Should_Require_A_Parts_Keys_Where_A_Page_Shows_It_And_Name_That_Page()
    {
        // Given a site whose tables lack the chart's keys, and a Danish page with a chart
        using var site = SiteWithout(StringKeys.BarChart.ToArray());
        site.Write("da/data/charts.yml", "- id: c\n  title: T\n  unit: \"%\"\n  bars:\n    - label: a\n      value: 1\n")
            .Write("en/data/charts.yml", "- id: c\n  title: T\n  unit: \"%\"\n  bars:\n    - label: a\n      value: 1\n")
            .Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "{{< chart id=\"c\" >}}"))
            .Write("en/foreword.md", TestSite.Page("Foreword", "foreword", "foreword", "Text."));

        // When it is built
        var outcome = await site.BuildAsync();

        // Then each of the chart's keys is missing from the Danish table only, which names the page that shows it
        Assert.Equal(ExitCodes.ContentErrors, outcome.ExitCode);
        var missing = outcome.ErrorLines.Where(l => l.Contains($"[{DiagnosticCodes.MissingString}]", StringComparison.Ordinal)).ToList();
        Assert.Equal(StringKeys.BarChart.Count, missing.Count);
        Assert.All(missing, line => Assert.StartsWith("input/da/strings.yml:1: error: the UI string '", line));
        Assert.All(missing, line => Assert.Contains("(input/da/forord.md shows it)", line));
        Assert.Contains(missing, line => line.Contains("'chartBar' is missing; add 'chartBar: …'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Require_The_Layouts_Keys_On_Every_Site()
    {
        // Given a site whose Danish table lacks the skip link
        using var site = SiteWithout();
        site.Write("da/strings.yml", File.ReadAllText(Path.Combine(site.Input, "da", "strings.yml")).Replace("skipLink: skipLink da\n", ""));

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the key is missing, as every page shows it
        Assert.Contains("input/da/strings.yml:1: error: the UI string 'skipLink' is missing; add 'skipLink: …' to input/da/strings.yml (every page shows it) [MM013]",
            outcome.ErrorLines);
    }

    [Fact]
    public void Should_Declare_Every_Key_In_One_Of_The_Lists_And_Know_No_Other()
    {
        // Given every key the theme names
        var named = typeof(StringKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToList();

        // Then All is exactly them, once each: a key in no list would be required by no page
        Assert.Equal(named, StringKeys.All.Order(StringComparer.Ordinal));
        Assert.Equal(StringKeys.All.Count, StringKeys.All.Distinct().Count());
    }
}
