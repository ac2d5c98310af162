using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>
/// A copy of the project's own input/ in a temporary folder, for changing one thing in it and building it with the
/// generator's own process (files named "input/…" as authors see them).
/// </summary>
public sealed partial class RealInputCopy : IDisposable
{
    private readonly TempFolder _folder = new();

    private RealInputCopy()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Input, Path.GetRelativePath(RepoPaths.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public static RealInputCopy Make() => new();

    public string Input => _folder.Combine("input");

    public string Output => _folder.Combine("output");

    /// <summary>Appends text to a file of the copy.</summary>
    /// <returns>The 1-based line the appended text starts on.</returns>
    public int Append(string path, string text)
    {
        var full = Path.Combine(Input, path);
        var old = File.ReadAllText(full);
        Assert.EndsWith("\n", old);
        File.WriteAllText(full, old + text);
        return old.Count(c => c == '\n') + 1;
    }

    /// <summary>Replaces the first occurrence of <paramref name="from"/>, which must be there.</summary>
    public void Replace(string path, string from, string to)
    {
        var full = Path.Combine(Input, path);
        var text = File.ReadAllText(full);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{path} has no '{from}'");
        File.WriteAllText(full, text[..at] + to + text[(at + from.Length)..]);
    }

    /// <summary>The first '- id: …' of a data file, and its line.</summary>
    public (string Id, int Line) FirstId(string path)
    {
        var text = File.ReadAllText(Path.Combine(Input, path));
        var match = IdLine().Match(text);
        Assert.True(match.Success, $"{path} has no '- id:' line");
        return (match.Groups["id"].Value, 1 + text.AsSpan(0, match.Index).Count('\n'));
    }

    public Task<TestSite.Outcome> BuildAsync(TimeSpan timeout) =>
        GeneratorProcess.RunAsync(_folder.Path, ["build", "--input", Input, "--output", Output, "--theme", RepoPaths.Theme], timeout);

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"^- id: (?<id>\S+)$", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
