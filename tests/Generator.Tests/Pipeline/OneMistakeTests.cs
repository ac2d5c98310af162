using System.Text;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Pipeline;

/// <summary>
/// One mistake, one error (issue #29): a file that cannot be read is reported first and alone, not buried under what
/// the checks across files make of its absence; a mistake repeated down a file is cut short.
/// </summary>
public sealed class OneMistakeTests
{
    public static TheoryData<string, string, Func<string, byte[]>, string> Mistakes() => new()
    {
        // name, file, how it is broken, the line the report must start with
        { "a tab in a data file", "da/data/questions.yml", text => Utf8(ReplaceFirst(text, "\n  group:", "\n\tgroup:")),
            "input/da/data/questions.yml:4: error: a tab is used for indentation" },
        { "a broken front matter", "da/foreword.md", text => Utf8(ReplaceFirst(text, "---", "--")),
            "input/da/foreword.md:1: error: the page has no front matter" },
        { "a page saved as Latin-1", "da/foreword.md", text => Encoding.Latin1.GetBytes(text.Replace('–', '-')),
            "input/da/foreword.md:3: error: the file is not valid UTF-8" },
        { "a mistake in the tool's rules", "tool-rules.yml", text => Utf8(ReplaceFirst(text, "positions: 5", "positions: fem")),
            "input/tool-rules.yml:11: error: 'positions' must be the number of positions" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Should_Report_The_Real_Error_First_In_At_Most_Three_Lines(string name, string file, Func<string, byte[]> breakIt, string expected)
    {
        // Given the real site with one file broken
        using var site = RealCopy();
        site.WriteBytes(file, breakIt(File.ReadAllText(Path.Combine(site.Input, file))));

        // When it is built
        var outcome = await site.BuildAsync();

        // Then the cause comes first, the echoes are one note, and the summary closes: three lines in all
        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.ErrorLines;
        Assert.True(lines.Length <= 3, $"{name}: {lines.Length} lines:\n{outcome.Errors}");
        Assert.StartsWith(expected, lines[0]);
        Assert.All(lines.Skip(1), line => Assert.DoesNotContain(": error: ", line));
        Assert.StartsWith("Build failed: 1 error(s)", lines[^1]);
    }

    [Fact]
    public void Should_Cut_A_File_With_Many_Errors_Short()
    {
        // Given fourteen errors in one file and one in another
        var many = Enumerable.Range(1, 14).Select(line => new Diagnostic(DiagnosticCodes.UnknownId, new SourceSpan("input/a.yml", line), "x"));
        var errors = new StringWriter();

        // When they are reported
        BuildCommand.Report(new ContentErrorsException([.. many, new Diagnostic(DiagnosticCodes.UnknownId, new SourceSpan("input/b.yml", 2), "y")]), errors, "nothing changed");

        // Then the first file shows ten and a count of the rest; the other file is still shown; the total is all
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(BuildCommand.MaxLinesPerFile, lines.Count(l => l.StartsWith("input/a.yml:", StringComparison.Ordinal) && l.Contains(": error: ")));
        Assert.Contains("input/a.yml: and 4 more in this file", lines);
        Assert.Contains("input/b.yml:2: error: y [MM030]", lines);
        Assert.Equal("Build failed: 15 error(s); nothing changed.", lines[^1]);
    }

    private static TestSite RealCopy()
    {
        var site = new TestSite(minimal: false);
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(RepoPaths.Input, path), File.ReadAllBytes(path));
        }

        return site;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' is not in the file");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
