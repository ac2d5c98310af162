using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// <c>serve</c>'s copy of the pages' commit dates. <c>git log</c> is another process, slow to start on a busy machine,
/// and its answer changes only with the repository's history, never with an edit: it is asked again only when a file
/// that every commit, checkout or reset touches has changed (the repository's HEAD, its reflog, the branch's ref and
/// the packed refs), or when there was no answer to keep.
/// </summary>
public sealed class GitDatesMemory
{
    private (string Key, LastModified Dates)? _last;

    public Task<LastModified> GetAsync(string inputFolder)
    {
        var key = Key(inputFolder);
        if (_last is { } last && last.Key == key)
        {
            return Task.FromResult(last.Dates);
        }

        return Task.Run(() =>
        {
            var dates = LastModified.FromGit(inputFolder);
            _last = dates.Problem is null ? (key, dates) : null;
            return dates;
        });
    }

    /// <summary>The stamps of the repository's files that change with its history; "none" outside a repository.</summary>
    private static string Key(string inputFolder)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(inputFolder)); folder is not null; folder = folder.Parent)
        {
            var dotGit = Path.Combine(folder.FullName, ".git");
            var gitDir = Directory.Exists(dotGit) ? dotGit : File.Exists(dotGit) ? LinkedGitDir(dotGit, folder.FullName) : null;
            if (gitDir is null)
            {
                continue;
            }

            // A worktree's own folder holds its HEAD and reflog; the branches are in the common folder.
            var common = File.Exists(Path.Combine(gitDir, "commondir"))
                ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim()))
                : gitDir;
            var head = Path.Combine(gitDir, "HEAD");
            var branch = File.Exists(head) && File.ReadAllText(head).Trim() is var text && text.StartsWith("ref: ", StringComparison.Ordinal)
                ? Path.Combine(common, text[5..])
                : head;
            var files = new[] { head, Path.Combine(gitDir, "logs", "HEAD"), branch, Path.Combine(common, "packed-refs") };
            return string.Join("\n", files.Select(f => $"{f} {FileStamp.Of(f)}"));
        }

        return "none";
    }

    /// <summary>A <c>.git</c> file (a worktree or submodule) names its repository folder: <c>gitdir: …</c>.</summary>
    private static string? LinkedGitDir(string dotGit, string folder)
    {
        var line = File.ReadAllText(dotGit).Trim();
        return line.StartsWith("gitdir: ", StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(folder, line[8..].Trim())) : null;
    }
}
