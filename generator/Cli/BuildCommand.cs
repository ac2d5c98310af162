using System.CommandLine;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Rendering;

namespace MaalMedMening.Generator.Cli;

/// <summary>
/// <c>build</c>: input → output, once. Exit 0 when written, 1 on content errors, 2 when the output folder is not
/// the generator's to replace, 3 when files cannot be read or written; on 1, 2 and 3 the output is as it was.
/// </summary>
public static class BuildCommand
{
    public static Command Create(CommonOptions options)
    {
        var command = new Command("build", "Build the site from input/ and theme/ into output/");
        options.AddTo(command);
        var precompress = new Option<bool>("--precompress") { Description = "Also write .gz and .br copies of every text file, for hosts that serve them (nginx gzip_static)" };
        command.Options.Add(precompress);
        command.SetAction(async result => await RunAsync(options.Read(result) with { Precompress = result.GetValue(precompress) }, Console.Out, Console.Error));
        return command;
    }

    /// <param name="memory">What serve keeps between builds; see <see cref="SiteBuilder"/>.</param>
    public static Task<int> RunAsync(BuildOptions options, TextWriter output, TextWriter errors, BuildMemory? memory = null) =>
        // Written in place (serve), a failure can leave a mix of old and new files.
        CommandGuard.RunAsync(errors, () => !options.InPlace
            ? $"{options.OutputFolder} was not changed"
            : $"{options.OutputFolder} may be partly updated; the next build mends it", async () =>
        {
            CommandGuard.PrepareOutput(options, output);
            output.WriteLine($"Building {options.InputFolder} → {options.OutputFolder}");
            try
            {
                var report = await new SiteBuilder(options, output, memory).BuildAsync();
                var pages = string.Join(", ", report.PagesPerLanguage.Select(p => $"{p.Value} {p.Key}"));
                // The warnings before the closing line, which then is the last word of the build.
                ReportWarnings(report, errors);
                output.WriteLine($"Done: {pages} pages, {report.FilesWritten} files ({report.BytesWritten / 1024.0:0} KiB), 0 errors, {report.Elapsed.TotalMilliseconds:0} ms");
                ReportLeftovers(report, errors);
                return ExitCodes.Success;
            }
            catch (ContentErrorsException e)
            {
                return Report(e, errors, $"{options.OutputFolder} was not changed");
            }
        });

    /// <summary>Past this many lines for one file the rest is one line: a mistake repeated down a file is fixed once.</summary>
    public const int MaxLinesPerFile = 10;

    /// <summary>
    /// Prints the content errors, sorted, at most <see cref="MaxLinesPerFile"/> per file and then "and N more", the line on
    /// errors held back, and one summary line; returns the exit code for content errors.
    /// </summary>
    public static int Report(ContentErrorsException e, TextWriter errors, string consequence)
    {
        foreach (var file in e.Diagnostics.GroupBy(d => d.Span.File))
        {
            foreach (var diagnostic in file.Take(MaxLinesPerFile))
            {
                errors.WriteLine(diagnostic.Format());
            }

            if (file.Count() > MaxLinesPerFile)
            {
                errors.WriteLine($"{file.Key}: and {file.Count() - MaxLinesPerFile} more in this file");
            }
        }

        if (e.HeldBack is { } heldBack)
        {
            errors.WriteLine(heldBack);
        }

        errors.WriteLine($"Build failed: {e.Diagnostics.Count(d => d.Severity == Severity.Error)} error(s); {consequence}.");
        return ExitCodes.ContentErrors;
    }

    /// <summary>What the build went on with, in the same form as errors (serve's drafts).</summary>
    public static void ReportWarnings(BuildReport report, TextWriter errors)
    {
        foreach (var warning in report.Warnings)
        {
            errors.WriteLine(warning.Format());
        }
    }

    /// <summary>The site is in place, but the old copy could not all be removed: say so, and that the next build retries.</summary>
    public static void ReportLeftovers(BuildReport report, TextWriter errors)
    {
        foreach (var leftover in report.Leftovers)
        {
            errors.WriteLine($"warning: the site was updated, but the previous copy could not be removed: {leftover}; the next build removes it");
        }
    }
}
