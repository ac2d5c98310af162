using System.Text.RegularExpressions;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Docs;

/// <summary>
/// The generator and the theme serve any publication in any language: no text of theirs (code, markup, styles,
/// comments included) is in one publication's language or names it, and no element is marked Danish by hand.
/// </summary>
public sealed partial class NoPublicationTraceTests
{
    private static readonly string[] Extensions = [".cs", ".razor", ".css"];

    /// <summary>Danish words that stood in the code's comments and literals before; the letters below catch most others.</summary>
    private static readonly string[] DanishWords = ["forord", "dansk", "gerne", "koste", "fokus", "hvor", "placeret", "kunne", "jeres", "side\""];

    public static TheoryData<string> Folders => new() { "generator", "theme" };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Should_Hold_No_Danish_Letter_Word_Or_Lang_Attribute(string folder)
    {
        // Given every source file of the folder (build output left out)
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.NotEmpty(files);

        // When each line is read
        var found = files.SelectMany(file => File.ReadLines(file).Select((line, i) => (Where: $"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}", Line: line)))
            .Where(l => DanishLetter().IsMatch(l.Line) || l.Line.Contains("lang=\"da\"", StringComparison.Ordinal)
                        || l.Line.Contains("Mål med mening", StringComparison.OrdinalIgnoreCase)
                        || DanishWords.Any(w => Regex.IsMatch(l.Line, $@"\b{Regex.Escape(w)}", RegexOptions.IgnoreCase)))
            .Select(l => $"{l.Where}: {l.Line.Trim()}")
            .ToList();

        // Then none holds a Danish letter, a Danish word, the booklet's name or lang="da"
        Assert.Empty(found);
    }

    [Fact]
    public void Should_Describe_The_Program_Without_Naming_A_Publication()
    {
        // Given the command line the binary has
        var root = Commands.CreateRoot();

        // When and then: its description (the head of --help) names no publication
        Assert.DoesNotContain("Mål med mening", root.Description);
        Assert.DoesNotContain("maalmedmening", root.Description, StringComparison.OrdinalIgnoreCase);
        Assert.All(root.Subcommands.SelectMany(c => c.Options.Select(o => o.Description ?? "").Append(c.Description ?? "")),
            text => Assert.DoesNotMatch(DanishLetter(), text));
    }

    [GeneratedRegex("[æøåÆØÅ]")]
    private static partial Regex DanishLetter();
}
