using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Tests.Architecture;

/// <summary>
/// Which folder of generator/ uses which, read from the sources: <c>using MaalMedMening.Generator.X</c> lines, names
/// written in full (<c>MaalMedMening.Generator.X.</c>, <c>Generator.X.</c>) and types named by their folder
/// (<c>Output.PdfPlan</c>, as a namespace below MaalMedMening.Generator may write them).
/// </summary>
public static partial class FolderGraph
{
    /// <summary>One use: the file that uses, the folder it is in, the folder used, and the text that shows it.</summary>
    public sealed record Use(string File, string From, string To, string Evidence);

    public static IReadOnlyList<string> Folders(string generatorFolder) =>
        Directory.EnumerateDirectories(generatorFolder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name is not ("bin" or "obj") && Sources(Path.Combine(generatorFolder, name)).Any())
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<Use> Read(string generatorFolder)
    {
        var folders = Folders(generatorFolder);
        var types = folders.ToDictionary(f => f, f => Sources(Path.Combine(generatorFolder, f))
            .SelectMany(file => TypeDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal));
        var uses = new List<Use>();
        foreach (var from in folders)
        {
            foreach (var file in Sources(Path.Combine(generatorFolder, from)))
            {
                var relative = Path.GetRelativePath(generatorFolder, file).Replace('\\', '/');
                var text = File.ReadAllText(file);
                foreach (Match match in FullName().Matches(text))
                {
                    uses.Add(new Use(relative, from, match.Groups[1].Value, match.Value));
                }

                foreach (Match match in FolderQualifiedName().Matches(text))
                {
                    if (types.TryGetValue(match.Groups[1].Value, out var declared) && declared.Contains(match.Groups[2].Value))
                    {
                        uses.Add(new Use(relative, from, match.Groups[1].Value, match.Value));
                    }
                }
            }
        }

        return uses.Where(u => u.To != u.From && folders.Contains(u.To)).Distinct().ToList();
    }

    private static IEnumerable<string> Sources(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    // Covers using lines too: "using MaalMedMening.Generator.Output;" names Generator.Output followed by ';'.
    [GeneratedRegex(@"(?<![\w])(?:MaalMedMening\.)?Generator\.(\w+)\b")]
    private static partial Regex FullName();

    [GeneratedRegex(@"(?<![\w.])(\w+)\.([A-Z]\w*)")]
    private static partial Regex FolderQualifiedName();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
}
