using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>The project's own input/ and theme/, built into a folder of the test's choosing.</summary>
public static class RealSite
{
    private static readonly Lazy<Task<string>> Shared = new(async () =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "mmm-real-site-" + Environment.ProcessId);
        var code = await BuildAsync(folder);
        return code == 0 ? folder : throw new InvalidOperationException("the real site did not build");
    });

    /// <summary>One build of the real site per test run, shared by the tests that only read it.</summary>
    public static Task<string> SharedOutputAsync() => Shared.Value;

    public static async Task<int> BuildAsync(string output, Uri? siteUrl = null, bool fileLinks = false)
    {
        var errors = new StringWriter();
        var code = await BuildCommand.RunAsync(new BuildOptions(RepoPaths.Input, output, RepoPaths.Theme, siteUrl, fileLinks), TextWriter.Null, errors);
        return code == 0 ? 0 : throw new InvalidOperationException("the real site did not build:\n" + errors);
    }

    public static IEnumerable<string> HtmlFiles(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
