using System.Text.RegularExpressions;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Architecture;

/// <summary>
/// generator/'s folders depend one way: each uses only the folders before it in generator/README.md's table of folders
/// ("How it is built"), so that the house can be read from the first folder to the last.
/// </summary>
public sealed partial class FolderOrderTests
{
    private static string GeneratorFolder => Path.Combine(RepoPaths.Root, "generator");

    /// <summary>The folders as generator/README.md lists them, in build order: the rows of the table whose first cell is <c>`Name/`</c>.</summary>
    private static List<string> DocumentedOrder() =>
        File.ReadAllLines(Path.Combine(RepoPaths.Root, "generator", "README.md"))
            .Select(line => FolderRow().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();

    [Fact]
    public void Should_List_Every_Generator_Folder_Once_In_The_Readme()
    {
        // Given the folders of generator/ that hold sources
        var folders = FolderGraph.Folders(GeneratorFolder);

        // When the README's table of folders is read
        var documented = DocumentedOrder();

        // Then it names each of them once, and no other
        Assert.Equal(documented.Distinct().Count(), documented.Count);
        Assert.Equal(folders.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Have_No_Two_Folders_That_Use_Each_Other()
    {
        // Given every use of one folder by another
        var uses = FolderGraph.Read(GeneratorFolder);

        // When the uses that go both ways between two folders are collected
        var pairs = uses
            .Where(u => uses.Any(back => back.From == u.To && back.To == u.From))
            .Select(u => $"{u.From} → {u.To} ({u.File}: {u.Evidence})")
            .ToList();

        // Then there are none
        Assert.True(pairs.Count == 0, "folders that use each other:\n" + string.Join('\n', pairs));
    }

    [Fact]
    public void Should_Use_Only_Folders_Before_Itself_In_The_Documented_Order()
    {
        // Given the documented order and every use of one folder by another
        var order = DocumentedOrder();
        var uses = FolderGraph.Read(GeneratorFolder);

        // When the uses of a folder that comes later (or is not documented) are collected
        var backwards = uses
            .Where(u => order.IndexOf(u.To) is var to && (to < 0 || to > order.IndexOf(u.From)))
            .Select(u => $"{u.From} → {u.To} ({u.File}: {u.Evidence})")
            .ToList();

        // Then there are none
        Assert.True(backwards.Count == 0, "uses against the order " + string.Join(" → ", order) + ":\n" + string.Join('\n', backwards));
    }

    [Fact]
    public void Should_See_A_Use_Written_Either_Way()
    {
        // Given sources that use another folder by a using line, by a full name and by a folder-qualified type name
        using var folder = new TempFolder();
        void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(folder.Combine(path))!);
            File.WriteAllText(folder.Combine(path), text);
        }

        Write("Output/OutputWriter.cs", "namespace MaalMedMening.Generator.Output;\npublic sealed class OutputWriter;\n");
        Write("Rendering/A.cs", "using MaalMedMening.Generator.Output;\nnamespace MaalMedMening.Generator.Rendering;\npublic sealed class A;\n");
        Write("Markdown/B.cs", "namespace MaalMedMening.Generator.Markdown;\npublic sealed class B(Output.OutputWriter w);\n");
        Write("Tool/C.cs", "namespace MaalMedMening.Generator.Tool;\npublic sealed class C(MaalMedMening.Generator.Rendering.A a);\n");
        Write("Tool/bin/D.cs", "using MaalMedMening.Generator.Markdown;\n");

        // When the uses are read
        var uses = FolderGraph.Read(folder.Path).Select(u => $"{u.From}→{u.To}").Order(StringComparer.Ordinal);

        // Then each is seen once, and nothing below bin/ counts
        Assert.Equal(["Markdown→Output", "Rendering→Output", "Tool→Rendering"], uses);
    }

    [GeneratedRegex(@"^\|\s*`(\w+)/`\s*\|")]
    private static partial Regex FolderRow();
}
