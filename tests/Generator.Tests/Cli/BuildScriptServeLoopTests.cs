using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Cli;

/// <summary>
/// ./build.sh's side of a template edit in serve (issue #29), run in a copy of the script with a stand-in for
/// <c>dotnet</c> (its "publish" writes a stand-in binary) so that it takes seconds: serve's exit code 4 starts the
/// binary again with the same arguments, and <c>./build.sh publish</c> reports code that does not compile and keeps
/// the binary it had.
/// </summary>
public sealed class BuildScriptServeLoopTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private sealed class FakeRepo : IDisposable
    {
        private readonly TempFolder _folder = new();

        public FakeRepo()
        {
            File.Copy(Path.Combine(RepoPaths.Root, "build.sh"), Combine("build.sh"));
            Write("generator/Generator.csproj", "<Project />\n");
            Write("theme/Page.razor", "<p>one</p>\n");
            Write("Directory.Build.props", "<Project />\n");
            Write("Directory.Packages.props", "<Project />\n");
            // dotnet publish … -o DIR: the stand-in binary in DIR, or the compiler's errors when told to fail.
            Write("fake/dotnet", """
                #!/usr/bin/env bash
                echo "dotnet $*" >> "$FAKE_LOG"
                out=""; while (($#)); do [[ $1 == -o ]] && out=$2; shift; done
                if [[ -s "$FAKE_DIR/fail" ]]; then cat "$FAKE_DIR/fail"; exit 1; fi
                mkdir -p "$out" && cp "$FAKE_DIR/binary" "$out/maalmedmening" && chmod +x "$out/maalmedmening"
                """);
            // The binary: the first run asks for a restart (4), as serve does after a republish; the next ends (0).
            Write("fake/binary", """
                #!/usr/bin/env bash
                echo "run $* | $GENERATOR_REPUBLISH | $GENERATOR_SOURCES" >> "$FAKE_LOG"
                (( $(grep -c '^run ' "$FAKE_LOG") == 1 )) && exit 4
                exit 0
                """);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Combine("fake/dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        public string Combine(string path) => _folder.Combine(path.Split('/'));

        public void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Combine(path))!);
            File.WriteAllText(Combine(path), text.ReplaceLineEndings("\n") + "\n");
        }

        public string[] Log => File.Exists(Combine("fake.log")) ? File.ReadAllLines(Combine("fake.log")) : [];

        public Task<TestSite.Outcome> RunAsync(params string[] arguments) =>
            GeneratorProcess.RunProgramAsync("bash", [Combine("build.sh"), .. arguments], Timeout, _folder.Path, new Dictionary<string, string>
            {
                ["PATH"] = Combine("fake") + ":" + Environment.GetEnvironmentVariable("PATH"),
                ["FAKE_LOG"] = Combine("fake.log"),
                ["FAKE_DIR"] = Combine("fake"),
            });

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public async Task Should_Start_Serve_Again_With_The_Same_Arguments_When_It_Exits_With_Code_4()
    {
        // Given a copy of the script whose binary asks once for a restart
        using var repo = new FakeRepo();

        // When serve is run through it
        var outcome = await repo.RunAsync("serve", "--port", "18499");

        // Then the script publishes once, runs the binary twice with the same arguments, telling it how to publish
        // again and which folders hold the code, and ends with the second run's code
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        Assert.Single(repo.Log, l => l.StartsWith("dotnet publish", StringComparison.Ordinal));
        var runs = repo.Log.Where(l => l.StartsWith("run ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, run => Assert.StartsWith($"run serve --port 18499 | {repo.Combine("build.sh")} publish | {repo.Combine("generator")}:{repo.Combine("theme")}", run));
        Assert.Contains("serve: starting the republished generator with the same arguments", outcome.Errors);
    }

    [Fact]
    public async Task Should_Report_The_Compiler_Errors_And_Keep_The_Binary_When_Code_Does_Not_Compile()
    {
        // Given a published binary, then a template that does not compile
        using var repo = new FakeRepo();
        Assert.Equal(0, (await repo.RunAsync("publish")).ExitCode);
        repo.Write("theme/Page.razor", "<p>two</p\n");
        repo.Write("fake/fail", $"{repo.Combine("theme/Page.razor")}(1,2): error RZ1034: Found a malformed 'p' tag helper. [{repo.Combine("theme/Theme.csproj")}]");

        // When the script publishes again
        var outcome = await repo.RunAsync("publish");

        // Then it fails with the compiler's error line, without a fallback publish, and the binary is still there
        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains($"{repo.Combine("theme/Page.razor")}(1,2): error RZ1034: Found a malformed 'p' tag helper.\n", outcome.Errors);
        Assert.Contains("the generator does not compile", outcome.Errors);
        Assert.Equal(2, repo.Log.Count(l => l.StartsWith("dotnet publish", StringComparison.Ordinal)));
        Assert.True(File.Exists(repo.Combine(".build/native/maalmedmening")));
        Assert.DoesNotContain(repo.Log, l => l.StartsWith("run ", StringComparison.Ordinal));
    }
}
