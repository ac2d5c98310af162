using System.Diagnostics;
using System.Globalization;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// When each page last changed: its front matter's <c>lastmod:</c>, else the date of the last commit that touched its
/// file. The commit dates come from one <c>git log</c> over the input folder, read once per build, so they are the
/// same for every build of one checkout. Without git, or outside a repository (the tests' temporary sites), pages
/// have only the dates their front matter states.
/// </summary>
public sealed class LastModified
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(30);

    private readonly IReadOnlyDictionary<string, DateOnly> _commitDates;

    // A composite page's newest part (the whole booklet's chapters, an index's pages and data), when it has parts.
    private readonly IReadOnlyDictionary<Page, DateOnly> _newestParts;

    private LastModified(IReadOnlyDictionary<string, DateOnly> commitDates, IReadOnlyDictionary<Page, DateOnly>? newestParts = null, string? problem = null)
    {
        _commitDates = commitDates;
        _newestParts = newestParts ?? new Dictionary<Page, DateOnly>(ReferenceEqualityComparer.Instance);
        Problem = problem;
    }

    public static LastModified None { get; } = new(new Dictionary<string, DateOnly>());

    /// <summary>
    /// Why git, found and inside a repository, gave no dates (it refused a checkout owned by another user, it timed
    /// out), for a warning: every last-updated date dropped in silence would look like a site never changed. Null when
    /// git answered, or when there is no git or no repository, where no dates are expected.
    /// </summary>
    public string? Problem { get; }

    /// <summary>The number of files that have a commit date.</summary>
    public int Count => _commitDates.Count;

    /// <summary>The page's own date, or its newest part's when that is newer: a page that gathers others changes when they do.</summary>
    public DateOnly? For(Page page)
    {
        var own = Own(page);
        return _newestParts.TryGetValue(page, out var part) && (own is null || part > own) ? part : own;
    }

    /// <summary>These dates, with each composite page dated by the newest of its parts (pages by their own dates, files by their commits).</summary>
    public LastModified WithParts(IReadOnlyDictionary<Page, (IReadOnlyList<Page> Pages, IReadOnlyList<string> Files)> parts)
    {
        var newest = new Dictionary<Page, DateOnly>(ReferenceEqualityComparer.Instance);
        foreach (var (page, (pages, files)) in parts)
        {
            var dates = pages.Select(Own).Concat(files.Select(f => _commitDates.TryGetValue(Path.GetFullPath(f), out var d) ? d : (DateOnly?)null))
                .OfType<DateOnly>().ToList();
            if (dates.Count > 0)
            {
                newest[page] = dates.Max();
            }
        }

        return new LastModified(_commitDates, newest, Problem);
    }

    private DateOnly? Own(Page page) =>
        page.Meta.LastMod ?? (_commitDates.TryGetValue(Path.GetFullPath(page.Source.FullPath), out var date) ? date : null);

    /// <summary>Reads the date of the last commit of every file below <paramref name="inputFolder"/>; none when git cannot say.</summary>
    /// <param name="cache">git's answers of earlier builds, by the commit HEAD names; null asks git every time.</param>
    public static LastModified FromGit(string inputFolder, CommitDatesCache? cache = null)
    {
        var folder = Path.GetFullPath(inputFolder);
        var key = cache?.KeyOf(folder);
        if (key is not null && cache!.Get(key) is { } kept)
        {
            return new LastModified(Parse(kept, folder));
        }

        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // Newest commit first, each as a marked date line followed by the files it touched, relative to the input folder.
        foreach (var argument in new[] { "-c", "core.quotePath=false", "log", "--format=%x01%cs", "--name-only", "--relative", "--no-renames", "--", "." })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return None;
            }

            var said = new System.Collections.Concurrent.ConcurrentQueue<string>();
            git.ErrorDataReceived += (_, e) =>
            {
                if (!string.IsNullOrWhiteSpace(e.Data))
                {
                    said.Enqueue(e.Data.Trim());
                }
            };
            git.BeginErrorReadLine();
            var reading = git.StandardOutput.ReadToEndAsync();
            if (!git.WaitForExit(GitTimeout))
            {
                git.Kill();
                return new LastModified(new Dictionary<string, DateOnly>(), problem: $"git log did not answer within {GitTimeout.TotalSeconds:0} s");
            }

            git.WaitForExit();
            if (git.ExitCode == 0)
            {
                var log = reading.GetAwaiter().GetResult();
                // HEAD read again: a commit made while git ran may be in the answer, which is then not the key's.
                if (key is not null && key == cache!.KeyOf(folder))
                {
                    cache!.Put(key, log);
                }

                return new LastModified(Parse(log, folder));
            }

            var why = said.FirstOrDefault(l => l.StartsWith("fatal:", StringComparison.Ordinal)) ?? said.FirstOrDefault() ?? $"exit code {git.ExitCode}";
            return why.Contains("not a git repository", StringComparison.Ordinal) ? None : new LastModified(new Dictionary<string, DateOnly>(), problem: "git refused: " + why);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            // No git on this machine: pages show no date.
            return None;
        }
    }

    /// <summary>The first date seen for a file is its newest, since <c>git log</c> lists the newest commit first.</summary>
    public static IReadOnlyDictionary<string, DateOnly> Parse(string log, string folder)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly? current = null;
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith('\u0001'))
            {
                current = DateOnly.TryParseExact(line[1..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            }
            else if (line.Length > 0 && current is { } date)
            {
                dates.TryAdd(Path.GetFullPath(Path.Combine(folder, line)), date);
            }
        }

        return dates;
    }
}
