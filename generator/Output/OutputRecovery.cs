using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// Mends what a killed build can leave beside the output: if the output is missing but a previous copy
/// (<c>out.previous-PID</c>) survives, it is put back; then staging and previous folders of builds that no longer
/// run are deleted — only those carrying <see cref="OutputMarker"/> (or empty), never anything else.
/// </summary>
public static partial class OutputRecovery
{
    /// <returns>One line per thing mended, for the log.</returns>
    public static IReadOnlyList<string> Run(string outputFolder)
    {
        var target = RealPath.Of(outputFolder);
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return [];
        }

        var name = Path.GetFileName(target);
        var leftovers = Directory.EnumerateDirectories(parent, name + ".*")
            .Select(path => (Path: path, Match: Leftover().Match(Path.GetFileName(path)[name.Length..])))
            .Where(l => l.Match.Success && !IsRunning(int.Parse(l.Match.Groups["pid"].Value)) && OutputMarker.IsOurs(l.Path))
            .ToList();
        var notes = new List<string>();
        if (!Directory.Exists(target) && !File.Exists(target)
            && leftovers.Where(l => l.Match.Groups["kind"].Value == "previous" && OutputMarker.IsIn(l.Path))
                .OrderByDescending(l => Directory.GetLastWriteTimeUtc(l.Path)).FirstOrDefault() is { Path: not null } previous)
        {
            Directory.Move(previous.Path, target);
            leftovers.Remove(previous);
            notes.Add($"Recovered {outputFolder} from {previous.Path} (a build was interrupted while replacing it)");
        }

        foreach (var (path, _) in leftovers)
        {
            OutputMarker.DeleteFolder(path);
            notes.Add($"Removed {path}, left by an interrupted build");
        }

        return notes;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\.(?<kind>staging|previous)-(?<pid>[0-9]{1,9})$")]
    private static partial Regex Leftover();
}
