using System.Diagnostics;

namespace MaalMedMening.Generator.Serving;

/// <summary>
/// serve's answer to an edit of the program itself: a Razor template, a C# file or a project file under
/// <c>theme/</c> or <c>generator/</c> is compiled into the running binary, so no rebuild can show it. Given the
/// command that publishes the generator (<c>./build.sh</c> passes its own, which publishes into a fresh folder and
/// swaps it in only when the compile succeeded), serve runs it and then asks to be started again (exit code 4, which
/// <c>./build.sh serve</c> answers by starting the new binary with the same arguments). Without one (<c>dotnet run</c>), serve can only say that it must be restarted.
/// </summary>
/// <param name="Command">The publish command, run by <c>/bin/sh -c</c>; null when serve was not started by <c>./build.sh</c>.</param>
/// <param name="Sources">The folders whose code is compiled into the program (the theme and the generator).</param>
public sealed record Republisher(string? Command, IReadOnlyList<string> Sources)
{
    /// <summary>The command <c>./build.sh serve</c> gives, to publish the generator again.</summary>
    public const string CommandVariable = "GENERATOR_REPUBLISH";

    /// <summary>The folders (separated as in PATH) whose code files <c>./build.sh serve</c> asks to be watched.</summary>
    public const string SourcesVariable = "GENERATOR_SOURCES";

    private static readonly string[] CodeExtensions = [".razor", ".cs", ".csproj"];

    /// <summary>As the environment describes it; no command and no extra folders when serve was started otherwise.</summary>
    public static Republisher FromEnvironment() => new(
        Environment.GetEnvironmentVariable(CommandVariable) is { Length: > 0 } command ? command : null,
        (Environment.GetEnvironmentVariable(SourcesVariable) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Whether a change of <paramref name="path"/> changes the program: a code file, not one in a build's bin/ or obj/.</summary>
    public static bool IsCode(string path) =>
        CodeExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
        && !path.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj");

    /// <summary>The outcome of a publish: whether it succeeded, and every line it printed.</summary>
    public sealed record Outcome(bool Succeeded, IReadOnlyList<string> Lines);

    /// <summary>Runs the publish command, passing each line it prints to <paramref name="line"/> as it comes.</summary>
    public async Task<Outcome> PublishAsync(Action<string> line, CancellationToken cancel)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Command ?? throw new InvalidOperationException("no publish command"));
        var lines = new List<string>();
        void Seen(string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                lock (lines)
                {
                    lines.Add(text.TrimEnd());
                }

                line(text.TrimEnd());
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Seen(e.Data);
        process.ErrorDataReceived += (_, e) => Seen(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancel);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        // The last lines are read once the process has ended.
        process.WaitForExit();
        lock (lines)
        {
            return new Outcome(process.ExitCode == 0, [.. lines]);
        }
    }
}
