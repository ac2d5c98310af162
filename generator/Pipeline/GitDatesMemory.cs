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

    public Task<LastModified> GetAsync(string inputFolder, CommitDatesCache? cache = null)
    {
        var key = Key(inputFolder);
        if (_last is { } last && last.Key == key)
        {
            return Task.FromResult(last.Dates);
        }

        return Task.Run(() =>
        {
            var dates = LastModified.FromGit(inputFolder, cache);
            _last = dates.Problem is null ? (key, dates) : null;
            return dates;
        });
    }

    /// <summary>The stamps of the repository's files that change with its history; "none" outside a repository.</summary>
    private static string Key(string inputFolder)
    {
        if (GitRepository.Of(inputFolder) is not { } repository)
        {
            return "none";
        }

        var files = new[] { repository.HeadFile, Path.Combine(repository.GitDir, "logs", "HEAD"), repository.HeadRefFile, Path.Combine(repository.CommonDir, "packed-refs") };
        return string.Join("\n", files.Select(f => $"{f} {FileStamp.Of(f)}"));
    }
}
