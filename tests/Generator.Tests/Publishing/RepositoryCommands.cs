using MaalMedMening.Generator.Cli;

namespace MaalMedMening.Generator.Tests.Publishing;

/// <summary>
/// Whether a command line names what the repository has: a script that exists and is executable, and for the
/// generator (<c>./build.sh …</c>, <c>dotnet run --project generator … -- …</c>) a command and options its own
/// command line accepts. Any other program is reported too, so a new kind of command gets a check of its own.
/// </summary>
public static class RepositoryCommands
{
    /// <summary>What is wrong with <paramref name="words"/>, one line each; none when it runs what the repository has.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<string> words, string root)
    {
        var line = string.Join(' ', words);
        if (words[0].StartsWith("./", StringComparison.Ordinal))
        {
            var script = Path.Combine(root, words[0][2..]);
            if (!File.Exists(script))
            {
                return [$"`{line}`: {words[0]} is not in the repository"];
            }

            // Windows has no execute bit to check; the workflow runs on Linux.
            if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute))
            {
                return [$"`{line}`: {words[0]} is not executable (git update-index --chmod=+x)"];
            }

            return words[0] == "./build.sh" ? GeneratorProblems(line, words.Count > 1 ? words.Skip(1) : ["build"]) : [];
        }

        if (words is ["dotnet", "run", ..])
        {
            var project = words.SkipWhile(w => w != "--project").Skip(1).FirstOrDefault();
            if (project is null || !Directory.Exists(Path.Combine(root, project)) || !Directory.EnumerateFiles(Path.Combine(root, project), "*.csproj").Any())
            {
                return [$"`{line}`: no project folder '{project}' in the repository"];
            }

            return project.TrimEnd('/') == "generator" ? GeneratorProblems(line, words.SkipWhile(w => w != "--").Skip(1)) : [];
        }

        return [$"`{line}`: {words[0]} is neither a script of the repository nor the generator; check it by hand and teach RepositoryCommands about it"];
    }

    // The generator's own command line decides; nothing runs.
    private static IEnumerable<string> GeneratorProblems(string line, IEnumerable<string> arguments) =>
        Commands.CreateRoot().Parse([.. arguments]).Errors.Select(e => $"`{line}`: {e.Message}");
}
