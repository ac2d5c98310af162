using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Tests.Support;

namespace MaalMedMening.Generator.Tests.Content;

/// <summary>git's commit dates kept between builds (issue #30): keyed by the commit HEAD names, read without git.</summary>
public sealed class CommitDatesCacheTests
{
    [Fact]
    public void Should_Read_The_Commit_HEAD_Names_As_Git_Does()
    {
        // Given a repository with two commits on a branch
        using var repository = new TempFolder();
        var first = Commit(repository.Path, "a.md", "2023-05-17");
        var second = Commit(repository.Path, "b.md", "2024-02-03");

        // Then HEAD's commit is read from the loose branch ref, from packed-refs, and from a detached HEAD, as git names it
        Assert.Equal(second, GitRepository.Of(repository.Path)!.HeadCommit());
        Git(repository.Path, "pack-refs", "--all");
        Assert.False(File.Exists(Path.Combine(repository.Path, ".git", "refs", "heads", "main")));
        Assert.Equal(second, GitRepository.Of(repository.Path)!.HeadCommit());
        Git(repository.Path, "checkout", "-q", "--detach", first);
        Assert.Equal(first, GitRepository.Of(repository.Path)!.HeadCommit());

        // And in a worktree, whose .git is a file naming its own folder, from the common folder's branches
        using var elsewhere = new TempFolder();
        var worktree = Path.Combine(elsewhere.Path, "wt");
        Git(repository.Path, "worktree", "add", "-q", "-b", "other", worktree, "main");
        Assert.Equal(second, GitRepository.Of(Path.Combine(worktree))!.HeadCommit());
        var third = Commit(worktree, "c.md", "2024-03-04");
        Assert.Equal(third, GitRepository.Of(worktree)!.HeadCommit());

        // But a shallow clone's history is git's to tell: no commit is named, so nothing is kept
        File.WriteAllText(Path.Combine(repository.Path, ".git", "shallow"), first + "\n");
        Assert.Null(GitRepository.Of(repository.Path)!.HeadCommit());
    }

    [Fact]
    public void Should_Keep_Gits_Answer_Until_HEAD_Names_Another_Commit()
    {
        // Given a repository with one commit, and a cache
        using var repository = new TempFolder();
        using var cacheFolder = new TempFolder();
        Commit(repository.Path, "a.md", "2023-05-17");
        var cache = new CommitDatesCache(Path.Combine(cacheFolder.Path, "commit-dates.txt"));
        var file = Path.Combine(repository.Path, "a.md");

        // When the dates are read, then they are git's and kept under the commit's key
        var first = LastModified.FromGit(repository.Path, cache);
        Assert.Equal(1, first.Count);
        var key = cache.KeyOf(Path.GetFullPath(repository.Path));
        Assert.NotNull(key);
        Assert.NotNull(cache.Get(key!));

        // And what is kept is what the next build reads instead of asking git: a kept answer with another date shows
        cache.Put(key!, "\u00012020-01-01\n\na.md\n");
        Assert.Equal(new DateOnly(2020, 1, 1), Dated(LastModified.FromGit(repository.Path, cache), file));

        // When a commit moves HEAD, then git is asked again and its new answer kept
        Commit(repository.Path, "a.md", "2024-02-03", "changed");
        Assert.Equal(new DateOnly(2024, 2, 3), Dated(LastModified.FromGit(repository.Path, cache), file));
        Assert.NotEqual(key, cache.KeyOf(Path.GetFullPath(repository.Path)));
        Assert.Equal(new DateOnly(2024, 2, 3), Dated(LastModified.FromGit(repository.Path, cache), file));
    }

    [Fact]
    public void Should_Keep_Nothing_Outside_A_Repository()
    {
        using var folder = new TempFolder();
        using var cacheFolder = new TempFolder();
        var cache = new CommitDatesCache(Path.Combine(cacheFolder.Path, "commit-dates.txt"));

        Assert.Null(cache.KeyOf(folder.Path));
        Assert.Equal(0, LastModified.FromGit(folder.Path, cache).Count);
        Assert.False(File.Exists(Path.Combine(cacheFolder.Path, "commit-dates.txt")));
    }

    // The date of a page made from the file, without a lastmod of its own: the way pages are dated.
    private static DateOnly? Dated(LastModified dates, string file) => dates.For(new Page(
        new SourceFile(file, "a.md", "da", "a.md", ""),
        new FrontMatter("A", "A.", "a", 1, "a", null, [], "page", new SourceSpan("a.md", 1)),
        "", 1, PageKind.Page, null, "da/a/index.html"));

    private static string Commit(string folder, string file, string day, string text = "text")
    {
        File.WriteAllText(Path.Combine(folder, file), text);
        if (!Directory.Exists(Path.Combine(folder, ".git")) && !File.Exists(Path.Combine(folder, ".git")))
        {
            Git(folder, "init", "-q", "-b", "main");
        }

        Git(folder, "add", "-A");
        Git(folder, ["-c", "user.name=T", "-c", "user.email=t@example.dk", "commit", "-q", "-m", file], day);
        return Git(folder, "rev-parse", "HEAD").Trim();
    }

    private static string Git(string folder, params string[] arguments) => Git(folder, arguments, "2023-05-17");

    private static string Git(string folder, string[] arguments, string day)
    {
        var git = ProcessRunner.Run(new ProcessRun("git", arguments)
        {
            WorkingDirectory = folder,
            Environment = new Dictionary<string, string?> { ["GIT_COMMITTER_DATE"] = $"{day}T12:00:00+00:00", ["GIT_AUTHOR_DATE"] = $"{day}T12:00:00+00:00" },
        });
        Assert.True(git.ExitCode == 0, git.Errors);
        return git.Output;
    }
}
