using System.Text.Json;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>
/// The Nu HTML Checker (the W3C validator, npm package <c>vnu-jar</c>) run with the machine's Java.
/// test.sh installs it outside the repository and exports <c>VNU_JAR</c>; without that variable the
/// checker is looked for where test.sh puts it. A missing Java or jar is a failure with a fix, never a skip.
/// </summary>
public static class NuChecker
{
    public sealed record Message(string File, int Line, int Column, string Type, string Text)
    {
        public override string ToString() => $"{File}:{Line}:{Column}: {Type}: {Text}";
    }

    /// <summary>The vnu.jar to run: $VNU_JAR, else any vnu.jar below ${XDG_CACHE_HOME:-~/.cache}/maalmedmening-tools.</summary>
    public static string JarPath() => InstalledTool.Find(
        "VNU_JAR",
        "vnu-jar",
        tools => Directory.EnumerateFiles(tools, "vnu.jar", SearchOption.AllDirectories).Order(StringComparer.Ordinal).LastOrDefault(),
        tools => $"npm install --prefix {tools}/vnu-jar --ignore-scripts vnu-jar and set VNU_JAR to its build/dist/vnu.jar");

    /// <summary>
    /// Checks .css files as CSS and every other file as HTML and returns every error the checker reports, with
    /// paths relative to <paramref name="root"/>. HTML and CSS are checked in two runs side by side, because with
    /// --also-check-css the checker reports HTML errors one line too early.
    /// </summary>
    public static async Task<IReadOnlyList<Message>> CheckAsync(string root, IReadOnlyList<string> files)
    {
        var jar = JarPath();
        var css = files.Where(f => f.EndsWith(".css", StringComparison.OrdinalIgnoreCase)).ToList();
        var html = files.Except(css).ToList();
        var runs = await Task.WhenAll(
            html.Count == 0 ? Task.FromResult<IReadOnlyList<Message>>([]) : RunAsync(jar, root, [], html),
            css.Count == 0 ? Task.FromResult<IReadOnlyList<Message>>([]) : RunAsync(jar, root, ["--css"], css));
        return [.. runs.SelectMany(r => r)];
    }

    private static async Task<IReadOnlyList<Message>> RunAsync(string jar, string root, string[] mode, IReadOnlyList<string> files)
    {
        var result = await ProcessRunner.RunAsync(new ProcessRun(JavaPath(), [.. new[] { "-jar", jar, "--errors-only", "--format", "json" }.Concat(mode).Concat(files)])
        {
            // One run checks every page of the site; on a loaded machine that is minutes, not seconds.
            Timeout = TimeSpan.FromMinutes(10),
            InstallHint = "Java is needed to run the Nu HTML Checker; install a JRE (apt-get install default-jre-headless) or set JAVA_HOME",
        });
        // The checker writes its JSON report to standard error.
        var report = result.Errors.Trim() is { Length: > 0 } e ? e : result.Output.Trim();
        return Parse(root, report, result.ExitCode);
    }

    private static string JavaPath() =>
        Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "bin", "java"))
            ? Path.Combine(home, "bin", "java")
            : "java";

    private static IReadOnlyList<Message> Parse(string root, string report, int exitCode)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(report);
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"the Nu HTML Checker did not report JSON (exit code {exitCode}):\n{report}");
        }

        using (json)
        {
            var messages = json.RootElement.GetProperty("messages").EnumerateArray()
                // With --errors-only only errors are left; a "non-document-error" (a file it could not read) counts too.
                .Where(m => m.GetProperty("type").GetString() is not "info")
                .Select(m => new Message(
                    File: RelativeFile(root, m.TryGetProperty("url", out var url) ? url.GetString() ?? "" : ""),
                    // "firstLine" is only given when the error spans lines; then it is where the error starts.
                    Line: m.TryGetProperty("firstLine", out var first) ? first.GetInt32() : m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                    Column: m.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : m.TryGetProperty("lastColumn", out var last) ? last.GetInt32() : 0,
                    Type: m.GetProperty("type").GetString()!,
                    Text: m.GetProperty("message").GetString() ?? ""))
                .ToList();
            if (exitCode != 0 && messages.Count == 0)
            {
                throw new InvalidOperationException($"the Nu HTML Checker failed (exit code {exitCode}) without reporting an error:\n{report}");
            }

            return messages;
        }
    }

    // The checker names files as "file:/tmp/…" (one slash), which System.Uri does not read as a local path.
    private static string RelativeFile(string root, string url) =>
        url.StartsWith("file:", StringComparison.Ordinal)
            ? Path.GetRelativePath(root, Uri.UnescapeDataString(url["file:".Length..].TrimStart('/').Insert(0, "/"))).Replace('\\', '/')
            : url;
}
