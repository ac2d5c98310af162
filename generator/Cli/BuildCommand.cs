using System.CommandLine;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Generator.Cli;

/// <summary><c>build</c>: input → output, once. Exit 0 when written, 1 on content errors (nothing written).</summary>
public static class BuildCommand
{
    public static Command Create(CommonOptions options)
    {
        var command = new Command("build", "Build the site from input/ and theme/ into output/");
        options.AddTo(command);
        command.SetAction(async result => await RunAsync(options.Read(result), Console.Out, Console.Error));
        return command;
    }

    public static async Task<int> RunAsync(BuildOptions options, TextWriter output, TextWriter errors, BuildCache? cache = null)
    {
        output.WriteLine($"Building {options.InputFolder} → {options.OutputFolder}");
        try
        {
            var report = await new SiteBuilder(options, output, cache).BuildAsync();
            var pages = string.Join(", ", report.PagesPerLanguage.Select(p => $"{p.Value} {p.Key}"));
            output.WriteLine($"Done: {pages} pages, {report.FilesWritten} files ({report.BytesWritten / 1024.0:0} KiB), 0 errors, {report.Elapsed.TotalMilliseconds:0} ms");
            return ExitCodes.Success;
        }
        catch (ContentErrorsException e)
        {
            return Report(e, errors, $"{options.OutputFolder} was not changed");
        }
    }

    /// <summary>Prints every content error, sorted, then one summary line; returns the exit code for content errors.</summary>
    public static int Report(ContentErrorsException e, TextWriter errors, string consequence)
    {
        foreach (var diagnostic in e.Diagnostics)
        {
            errors.WriteLine(diagnostic.Format());
        }

        errors.WriteLine($"Build failed: {e.Diagnostics.Count} error(s); {consequence}.");
        return ExitCodes.ContentErrors;
    }
}
