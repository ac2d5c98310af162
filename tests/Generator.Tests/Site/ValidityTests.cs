using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Site;

/// <summary>
/// The validity gate of issue #6: the Nu HTML Checker (the W3C validator) reports no error on any page of the
/// built site, in either language, nor on the stylesheet.
/// </summary>
public sealed class ValidityTests
{
    [Fact]
    public async Task Should_Have_No_Nu_Errors_On_Any_Page_Or_The_Stylesheet()
    {
        // Given every HTML file of the real site (pages, language chooser, 404 pages) and its two stylesheets (the site's, the tool's)
        var output = await RealSite.SharedOutputAsync();
        var files = RealSite.HtmlFiles(output).Append(BuiltStylesheet.PathIn(output)).Append(BuiltStylesheet.ToolPathIn(output)).ToList();
        Assert.True(files.Count > 40, $"only {files.Count} files to check");

        // When the checker reads them all in one run
        var errors = await NuChecker.CheckAsync(output, files);

        // Then it has nothing to say
        Assert.True(errors.Count == 0, $"{errors.Count} error(s) from the Nu HTML Checker:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public async Task Should_Report_Errors_With_File_And_Line_When_Html_Or_Css_Is_Invalid()
    {
        // Given a page with a stray end tag and an image without alt, and a stylesheet with a misspelt property
        // (this proves the gate above can fail: the checker runs, reads both kinds of file and is understood)
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("bad.html"), "<!DOCTYPE html>\n<html lang=\"da\">\n<head><title>x</title></head>\n<body>\n<p><div></div></p>\n<img src=\"a.png\">\n</body>\n</html>\n");
        File.WriteAllText(folder.Combine("bad.css"), "body { color: red; }\na { colr: red; }\n");

        // When both are checked
        var errors = await NuChecker.CheckAsync(folder.Path, [folder.Combine("bad.html"), folder.Combine("bad.css")]);

        // Then each error names its file and line
        Assert.Contains(errors, e => e.File == "bad.html" && e.Line == 5 && e.Text.Contains("“p”", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "bad.html" && e.Line == 6 && e.Text.Contains("alt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "bad.css" && e.Line == 2 && e.Text.Contains("colr", StringComparison.Ordinal));
    }
}
