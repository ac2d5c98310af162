using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Output;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Safety;

/// <summary>
/// Never lose data (issue #10): the generator replaces only a folder it wrote itself, refuses every other output
/// folder with one line and exit 2, survives a kill in the middle of replacing the output, and reports I/O
/// failures with one line and exit 3, leaving the previous output as it was.
/// </summary>
public sealed class OutputSafetyTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // No process runs with this id: process ids stay below 2^22 on Linux.
    private const int DeadPid = 999_999_999;

    /// <summary>
    /// A small world to aim the generator at: scratch/repo/ holds site.sln, input/ and theme/ (the repository root),
    /// scratch/home/ stands in for the home folder, scratch/foreign/ is someone else's folder.
    /// </summary>
    private sealed class World : IDisposable
    {
        private readonly TempFolder _scratch = new();

        public World()
        {
            Write(Path.Combine("repo", "site.sln"), "");
            Write(Path.Combine("repo", "input", "site.yml"), "languages: da en\n");
            Write(Path.Combine("repo", "input", "da", "forord.md"), "---\ntitle: Forord\n---\n");
            Write(Path.Combine("repo", "theme", "assets", "site.css"), "body {}\n");
            Write(Path.Combine("home", "notes.txt"), "my own notes\n");
            Write(Path.Combine("foreign", "thesis.txt"), "years of work\n");
            Directory.CreateSymbolicLink(_scratch.Combine("link-to-input"), Repo("input"));
        }

        public string Scratch => _scratch.Path;

        public string Repo(params string[] parts) => _scratch.Combine(["repo", .. parts]);

        public void Write(string path, string text)
        {
            var full = _scratch.Combine(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        public Task<TestSite.Outcome> RunAsync(params string[] arguments) =>
            GeneratorProcess.RunAsync(Repo(), arguments, Timeout, new Dictionary<string, string> { ["HOME"] = _scratch.Combine("home") });

        public void Dispose() => _scratch.Dispose();
    }

    [Theory]
    [InlineData("input", "input folder")]
    [InlineData(".", "input folder")]
    [InlineData("..", "input folder")]
    [InlineData("theme", "theme folder")]
    [InlineData("input/da", "inside the input folder")]
    [InlineData("{scratch}/repo", "input folder")]
    [InlineData("{scratch}/home", "home folder")]
    [InlineData("/", "root folder")]
    [InlineData("{scratch}/foreign", "did not write it")]
    [InlineData("", "--output is empty")]
    [InlineData("{scratch}/link-to-input", "input folder")]
    [InlineData("{scratch}/link-to-input/da", "inside the input folder")]
    [InlineData("~", "literal '~'")]
    public async Task Should_Refuse_An_Output_Folder_That_Is_Not_Its_Own(string output, string reason)
    {
        // Given a repository, a home folder and someone else's folder, each with files in it
        using var world = new World();
        var before = FolderSnapshot.Take(world.Scratch);

        // When the site is built into one of them
        var outcome = await world.RunAsync("build", "--input", "input", "--theme", "theme", "--output", output.Replace("{scratch}", world.Scratch));

        // Then it is a usage error of one line that says why, and every file is still there, unchanged
        Assert.Equal(ExitCodes.UsageError, outcome.ExitCode);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("error: ", line);
        Assert.Contains(reason, line);
        Assert.Equal("", outcome.Output);
        Assert.Equal(before, FolderSnapshot.Take(world.Scratch));
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("pdf")]
    public async Task Should_Refuse_The_Input_As_Output_In_Every_Command(string command)
    {
        // Given a repository with files in it
        using var world = new World();
        var before = FolderSnapshot.Take(world.Scratch);

        // When serve or pdf is aimed at the input folder
        string[] port = command == "serve" ? ["--port", "0"] : [];
        var outcome = await world.RunAsync([command, "--input", "input", "--theme", "theme", "--output", "input", .. port]);

        // Then it stops at once with exit 2 and one line, and nothing was deleted
        Assert.Equal(ExitCodes.UsageError, outcome.ExitCode);
        Assert.Contains("input folder", Assert.Single(outcome.ErrorLines));
        Assert.Equal(before, FolderSnapshot.Take(world.Scratch));
    }

    [Fact]
    public async Task Should_Rebuild_Into_Its_Own_Output_And_Mark_It()
    {
        // Given a site built once
        using var site = new TestSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        // When it is built again into the same folder
        var outcome = await site.BuildAsync();

        // Then that is allowed, the folder carries the marker and nothing is left beside it
        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, OutputMarker.FileName)));
        Assert.Equal([site.Output], Directory.GetDirectories(Path.GetDirectoryName(site.Output)!, "output*"));
    }

    [Fact]
    public async Task Should_Replace_An_Output_Marked_With_The_Earlier_Name_And_Mark_It_With_The_New()
    {
        // Given a site built by an earlier version of the generator: its output carries only the earlier marker name
        using var site = new TestSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        File.Move(Path.Combine(site.Output, OutputMarker.FileName), Path.Combine(site.Output, OutputMarker.LegacyFileName));

        // When it is built again into the same folder
        var outcome = await site.BuildAsync();

        // Then the folder is known as the generator's own and replaced, and it now carries the new name only
        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, OutputMarker.FileName)));
        Assert.False(File.Exists(Path.Combine(site.Output, OutputMarker.LegacyFileName)));
    }

    [Theory]
    [InlineData(OutputMarker.FileName, true)]
    [InlineData(OutputMarker.LegacyFileName, true)]
    [InlineData(".some-other-output", false)]
    public void Should_Know_A_Folder_As_Its_Own_By_Either_Marker_Name(string marker, bool ours)
    {
        // Given a folder with a page and a dotfile of the given name
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("index.html"), "x");
        File.WriteAllText(temp.Combine(marker), "x");

        // When and then: only the current and the earlier marker name make it the generator's own
        Assert.Equal(ours, OutputMarker.IsOurs(temp.Path));
    }

    [Fact]
    public void Should_Delete_A_Folder_That_Carries_Both_Marker_Names_Whole()
    {
        // Given a folder of the generator's own that an interrupted serve left with both marker names
        using var temp = new TempFolder();
        var folder = temp.Combine("output.staging-1234");
        Directory.CreateDirectory(Path.Combine(folder, "da"));
        File.WriteAllText(Path.Combine(folder, "da", "index.html"), "x");
        File.WriteAllText(Path.Combine(folder, OutputMarker.LegacyFileName), "x");
        OutputMarker.WriteInto(folder);

        // When it is deleted
        OutputMarker.DeleteFolder(folder);

        // Then nothing of it is left, neither marker included
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Should_Put_The_Previous_Site_Back_When_A_Build_Was_Killed_Between_Renames()
    {
        // Given the state a kill between the two renames leaves: no output, the old site in output.previous-PID
        using var site = new TestSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = FolderSnapshot.Take(site.Output);
        var previous = $"{site.Output}.previous-{DeadPid}";
        Directory.Move(site.Output, previous);

        // When the next build fails on a content error
        site.Delete("en/foreword.md");
        var outcome = await site.BuildAsync();

        // Then the old site is back in place, whole, and the previous folder is gone
        Assert.Equal(ExitCodes.ContentErrors, outcome.ExitCode);
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.False(Directory.Exists(previous));
    }

    [Fact]
    public async Task Should_Remove_Only_Its_Own_Leftovers_Of_Builds_That_No_Longer_Run()
    {
        // Given a built site, a staging folder left by a killed build, someone else's folder with a look-alike name,
        // and a staging folder of a build still running (process 1 always runs)
        using var site = new TestSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var killed = $"{site.Output}.staging-{DeadPid}";
        var foreign = $"{site.Output}.staging-{DeadPid - 1}";
        var running = $"{site.Output}.staging-1";
        foreach (var folder in new[] { killed, running })
        {
            Directory.CreateDirectory(Path.Combine(folder, "da"));
            OutputMarker.WriteInto(folder);
            File.WriteAllText(Path.Combine(folder, "da", "index.html"), "half a page");
        }

        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "thesis.txt"), "years of work");

        // When the site is built again
        var outcome = await site.BuildAsync();

        // Then the killed build's leftover is gone; the foreign folder and the running build's folder are untouched
        Assert.Equal(0, outcome.ExitCode);
        Assert.False(Directory.Exists(killed));
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(foreign, "thesis.txt")));
        Assert.True(File.Exists(Path.Combine(running, "da", "index.html")));
        Assert.Contains($"Removed {killed}", outcome.Output);
    }

    [Fact]
    public void Should_Swap_Two_Folders_In_One_Step_On_Linux()
    {
        // Given two folders with different files
        if (!OperatingSystem.IsLinux())
        {
            return; // renameat2 is Linux's; elsewhere the writer uses two renames and recovery
        }

        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("a"));
        Directory.CreateDirectory(folder.Combine("b"));
        File.WriteAllText(folder.Combine("a", "old.txt"), "old");
        File.WriteAllText(folder.Combine("b", "new.txt"), "new");

        // When they are exchanged
        var swapped = AtomicSwap.TryExchange(folder.Combine("b"), folder.Combine("a"));

        // Then the exchange took place (so builds here use the single atomic step, not two renames)
        Assert.True(swapped);
        Assert.True(File.Exists(folder.Combine("a", "new.txt")));
        Assert.True(File.Exists(folder.Combine("b", "old.txt")));
    }

    [Theory]
    [InlineData("file")]
    [InlineData("file/output")]
    public async Task Should_Exit_3_When_The_Output_Is_Or_Lies_Below_A_File(string output)
    {
        // Given a regular file where the output folder, or one of its parents, would be
        using var world = new World();
        world.Write(Path.Combine("repo", "file"), "keep me\n");
        var before = FolderSnapshot.Take(world.Scratch);

        // When the site is built there
        var outcome = await world.RunAsync("build", "--input", "input", "--theme", "theme", "--output", output);

        // Then it is an I/O failure of one line, and the file is as it was
        Assert.Equal(ExitCodes.IoFailure, outcome.ExitCode);
        Assert.Contains("is a file, not a folder", Assert.Single(outcome.ErrorLines));
        Assert.Equal(before, FolderSnapshot.Take(world.Scratch));
    }

    [Fact]
    public async Task Should_Exit_3_And_Keep_The_Previous_Site_When_The_Output_Cannot_Be_Written()
    {
        // Given a built site, and a file in the way of the next build's staging folder (tests run as root,
        // so a read-only folder would not stop the write; a file where a folder must go does)
        using var site = new TestSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = FolderSnapshot.Take(site.Output);
        var blocker = $"{site.Output}.staging-{Environment.ProcessId}";
        File.WriteAllText(blocker, "in the way");
        try
        {
            // When the site is built again
            site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Ny tekst."));
            var outcome = await site.BuildAsync();

            // Then one line says what failed and that the output was not changed; the previous site is exactly as it was
            Assert.Equal(ExitCodes.IoFailure, outcome.ExitCode);
            var line = Assert.Single(outcome.ErrorLines);
            Assert.Matches(@"^error: cannot create the staging folder .*; .*output was not changed\.$", line);
            Assert.Equal(before, FolderSnapshot.Take(site.Output));
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task Should_Exit_3_In_One_Line_When_The_Theme_Folder_Is_Missing()
    {
        // Given a valid site and a theme folder that does not exist
        using var site = new TestSite();
        var errors = new StringWriter();

        // When it is built
        var code = await BuildCommand.RunAsync(new BuildOptions(site.Input, site.Output, Path.Combine(site.Input, "..", "no-theme")), TextWriter.Null, errors);

        // Then it is an I/O failure of one line, and no output was made
        Assert.Equal(ExitCodes.IoFailure, code);
        Assert.Contains("no-theme has no assets/ folder", Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Should_Never_Show_A_Half_Written_File_While_Serve_Rewrites_It()
    {
        // Given an output folder the preview rewrites in place, and two versions of a page large enough to take a while
        using var folder = new TempFolder();
        var output = folder.Combine("output");
        var versions = new[] { new byte[256 * 1024], new byte[384 * 1024] };
        Array.Fill(versions[0], (byte)'a');
        Array.Fill(versions[1], (byte)'b');
        using (var first = OutputWriter.Open(output))
        {
            first.Write("da/index.html", versions[0]);
            first.Commit();
        }

        // When the page is rewritten many times while another thread keeps reading it
        using var stop = new CancellationTokenSource();
        var seen = new List<int>();
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var bytes = File.ReadAllBytes(Path.Combine(output, "da", "index.html"));
                if (!versions.Any(v => v.AsSpan().SequenceEqual(bytes)))
                {
                    seen.Add(bytes.Length);
                }
            }
        });
        for (var i = 0; i < 300; i++)
        {
            using var writer = OutputWriter.Open(output, inPlace: true);
            writer.Write("da/index.html", versions[(i + 1) % 2]);
            writer.Commit();
        }

        await stop.CancelAsync();
        await reader;

        // Then every read saw one whole version, never an empty or partial file
        Assert.Empty(seen);
    }
}
