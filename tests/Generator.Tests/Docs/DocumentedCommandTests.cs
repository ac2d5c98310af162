using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Docs;

/// <summary>
/// Every command README.md and input/README.md show in a code block runs, in the order shown, in a clone-like folder
/// (a copy of input/ and theme/) and exits 0; what it leaves builds green (issue #29: the documented `new` example
/// used to break the next build).
/// </summary>
public sealed class DocumentedCommandTests
{
    private static readonly string[] Readmes = ["README.md", "input/README.md"];

    /// <summary>What the test does not run, and why: each needs a browser, a server that runs until stopped, or the whole suite.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["./test.sh"] = "runs the whole suite with browsers and apt-get installs; the suite is what runs this test",
        ["serve"] = "a server that runs until it is stopped; ServeCommand's tests start it",
        ["pdf"] = "prints with Chromium; the browser tests cover it",
    };

    [Fact]
    public void Should_Show_The_Commands_An_Editor_Needs()
    {
        // The run below proves nothing if it finds no commands: the READMEs show a build and a new page pair.
        var commands = Readmes.SelectMany(f => DocumentedCommands.In(RepoPaths.Root, f)).ToList();
        Assert.Contains(commands, c => c.GeneratorArguments is ["build"]);
        Assert.Contains(commands, c => c.GeneratorArguments is ["new", ..]);
    }

    [Fact]
    public void Should_Split_A_Command_Line_As_The_Shell_Does()
    {
        Assert.Equal(["./build.sh", "new", "x", "--title", "A: b c", "--slug", "d e"],
            DocumentedCommands.Split("./build.sh new x --title \"A: b c\" --slug 'd e'   # or: new y"));
    }

    [Fact]
    public async Task Should_Run_Every_Documented_Command_In_A_Clone_With_Exit_0()
    {
        // Given a folder laid out as a clone: input/ and theme/ copied, the generator run from its root
        using var clone = new TempFolder();
        Copy(RepoPaths.Input, clone.Combine("input"));
        Copy(RepoPaths.Theme, clone.Combine("theme"));

        // When each command of the READMEs runs in order (the excluded ones named with their reason)
        var ran = new List<string>();
        foreach (var command in Readmes.SelectMany(f => DocumentedCommands.In(RepoPaths.Root, f)))
        {
            var key = command.GeneratorArguments is [var verb, ..] ? verb : command.Words[0];
            if (Excluded.ContainsKey(key))
            {
                continue;
            }

            Assert.True(command.GeneratorArguments is not null, $"{command}: not the generator; exclude it here with the reason or teach this test to run it");
            var outcome = await GeneratorProcess.RunAsync(clone.Path, command.GeneratorArguments!, TimeSpan.FromMinutes(3));

            // Then it exits 0
            Assert.True(outcome.ExitCode == 0, $"{command} exited {outcome.ExitCode}:\n{outcome.Errors}");
            ran.Add(command.ToString());
            if (command.GeneratorArguments is ["new", ..])
            {
                WriteTheText(clone.Path, outcome.Output);
            }
        }

        // And what the commands left, a new page pair with its text written as input/README says, builds green
        Assert.Contains(ran, c => c.Contains(" new ", StringComparison.Ordinal));
        var build = await GeneratorProcess.RunAsync(clone.Path, ["build"], TimeSpan.FromMinutes(3));
        Assert.True(build.ExitCode == 0, $"after {string.Join("; ", ran)}, build exited {build.ExitCode}:\n{build.Errors}");
    }

    // The editor's part after `new` (input/README, "The editor's loop"): the placeholders it wrote are replaced.
    private static void WriteTheText(string root, string printedPaths)
    {
        var files = printedPaths.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(files);
        foreach (var file in files.Select(f => Path.Combine(root, f)))
        {
            var text = File.ReadAllText(file);
            Assert.Contains("TODO:", text, StringComparison.Ordinal);
            File.WriteAllText(file, text.Replace(" (translate me)", "", StringComparison.Ordinal).Replace("TODO: ", "", StringComparison.Ordinal));
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
