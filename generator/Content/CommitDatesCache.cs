using System.Text;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// <c>git log</c>'s answer for the input folder, kept between builds in one file (<c>.build/commit-dates.txt</c>,
/// git-ignored). Starting git is the dearest single step of a cold build (a process of its own, its libraries, the
/// walk through the history: ~17 ms of CPU on a 2-core VM), and its answer depends only on the commit HEAD names:
/// a commit's id is the hash of its content and of its parents', so the same id is the same history, and
/// <c>git log</c> over the same folder prints the same lines. The key is therefore that id and the input folder;
/// where the id cannot be read for certain from the repository's files (<see cref="GitRepository.HeadCommit"/>), or
/// git is pointed elsewhere by the environment, nothing is kept and git is asked as before. Only an answer git gave
/// with success is kept, so a refusal is reported again on every build.
/// </summary>
/// <param name="file">Where the answer is kept; null keeps nothing.</param>
public sealed class CommitDatesCache(string? file)
{
    // The format of the key and of the git log command: a new one must not read an old file as its own.
    private const string Version = "commit-dates 1";

    // Variables with which git reads another repository or history than the one found from the folder.
    private static readonly string[] GitEnvironment = ["GIT_DIR", "GIT_COMMON_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_REPLACE_REF_BASE", "GIT_NO_REPLACE_OBJECTS", "GIT_GRAFT_FILE", "GIT_SHALLOW_FILE", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"];

    /// <summary>The key of <paramref name="folder"/>'s commit dates (an absolute path), or null when they cannot be kept.</summary>
    public string? KeyOf(string folder)
    {
        if (file is null || GitEnvironment.Any(v => Environment.GetEnvironmentVariable(v) is not null) || folder.Contains('\n'))
        {
            return null;
        }

        try
        {
            return GitRepository.Of(folder)?.HeadCommit() is { } commit ? $"{Version} {commit} {folder}" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The log kept under <paramref name="key"/>, or null.</summary>
    public string? Get(string key)
    {
        try
        {
            var text = File.Exists(file) ? File.ReadAllText(file!, Encoding.UTF8) : "";
            return text.StartsWith(key + "\n", StringComparison.Ordinal) ? text[(key.Length + 1)..] : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="log"/> under <paramref name="key"/>, replacing what was kept (written beside and renamed,
    /// so that a build running at the same time never reads half a file). A cache that cannot be written is no error.</summary>
    public void Put(string key, string log)
    {
        var temporary = $"{file}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(temporary, key + "\n" + log, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, file!, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing left to do: the cache is only a shortcut.
            }
        }
    }
}
