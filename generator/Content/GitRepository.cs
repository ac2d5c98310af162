namespace MaalMedMening.Generator.Content;

/// <summary>
/// The git repository a folder lies in, read from its files as git lays them out, without starting git: where its
/// files are, and which commit HEAD names. Whatever this cannot tell for certain (a reference store other than loose
/// and packed refs, a history git may rewrite when it reads it) it answers with null, and the caller asks git.
/// </summary>
/// <param name="GitDir">The repository's own folder (a worktree's holds its HEAD and reflog).</param>
/// <param name="CommonDir">The folder with the branches and objects (the same as <paramref name="GitDir"/> outside a worktree).</param>
public sealed record GitRepository(string GitDir, string CommonDir)
{
    /// <summary>The repository holding <paramref name="folder"/>, found as git finds it (a <c>.git</c> folder or file in it or above it); null outside one.</summary>
    public static GitRepository? Of(string folder)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(folder)); current is not null; current = current.Parent)
        {
            var dotGit = Path.Combine(current.FullName, ".git");
            var gitDir = Directory.Exists(dotGit) ? dotGit : File.Exists(dotGit) ? LinkedGitDir(dotGit, current.FullName) : null;
            if (gitDir is null)
            {
                continue;
            }

            var commonDir = Path.Combine(gitDir, "commondir");
            return new GitRepository(gitDir, File.Exists(commonDir)
                ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(commonDir).Trim()))
                : gitDir);
        }

        return null;
    }

    /// <summary>The file HEAD is kept in.</summary>
    public string HeadFile => Path.Combine(GitDir, "HEAD");

    /// <summary>The file of the reference HEAD names (<c>refs/heads/main</c>), or HEAD itself when it names a commit.</summary>
    public string HeadRefFile => ReadHead() is { } head && head.StartsWith("ref: ", StringComparison.Ordinal)
        ? Path.Combine(CommonDir, head[5..])
        : HeadFile;

    /// <summary>
    /// The id of the commit HEAD names, or null when it cannot be told for certain from the files: a branch without
    /// commits, a reference store git keeps otherwise (reftable), or a history git reads differently from the commits
    /// themselves (a shallow clone, grafts, replacement refs), where only git knows what it will show.
    /// </summary>
    public string? HeadCommit()
    {
        if (Exists(CommonDir, "reftable") || Exists(CommonDir, "shallow") || Exists(CommonDir, "info/grafts")
            || Directory.Exists(Path.Combine(CommonDir, "refs", "replace")))
        {
            return null;
        }

        var head = ReadHead();
        if (head is null || !head.StartsWith("ref: ", StringComparison.Ordinal))
        {
            return IsCommitId(head) ? head : null;
        }

        var name = head[5..];
        // A worktree's own references (refs/worktree/, refs/bisect/) are beside its HEAD; branches in the common folder.
        var loose = Path.Combine(name.StartsWith("refs/heads/", StringComparison.Ordinal) ? CommonDir : GitDir, name);
        if (File.Exists(loose))
        {
            var id = File.ReadAllText(loose).Trim();
            return IsCommitId(id) ? id : null;
        }

        return PackedRef(name);
    }

    // packed-refs: a header, then "<id> <name>" lines, each maybe followed by "^<id>" (the commit a tag points at).
    private string? PackedRef(string name)
    {
        var packed = Path.Combine(CommonDir, "packed-refs");
        if (!File.Exists(packed))
        {
            return null;
        }

        foreach (var line in File.ReadLines(packed))
        {
            if (line.Length > name.Length + 1 && line.EndsWith(name, StringComparison.Ordinal) && line[^(name.Length + 1)] == ' ')
            {
                var id = line[..^(name.Length + 1)];
                return IsCommitId(id) ? id : null;
            }
        }

        return null;
    }

    private string? ReadHead() => File.Exists(HeadFile) ? File.ReadAllText(HeadFile).Trim() : null;

    private static bool Exists(string folder, string path) => Path.Exists(Path.Combine(folder, path));

    // SHA-1 (40 hex digits) or SHA-256 (64) object names.
    private static bool IsCommitId(string? id) => id is { Length: 40 or 64 } && id.All(char.IsAsciiHexDigitLower);

    /// <summary>A <c>.git</c> file (a worktree or submodule) names its repository folder: <c>gitdir: …</c>.</summary>
    private static string? LinkedGitDir(string dotGit, string folder)
    {
        var line = File.ReadAllText(dotGit).Trim();
        return line.StartsWith("gitdir: ", StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(folder, line[8..].Trim())) : null;
    }
}
