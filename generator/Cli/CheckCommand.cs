using System.CommandLine;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Generator.Cli;

/// <summary>
/// <c>check</c>: reads and checks any input folder with every diagnostic that <c>build</c> reports, and writes nothing
/// the user sees: the site is built into a folder of its own under the system's temporary folder, removed afterwards,
/// so a check cannot differ from a build. Exit 0 when the folder would build, 1 on content errors, 3 when files cannot
/// be read.
/// </summary>
public static class CheckCommand
{
    private const string NothingWritten = "nothing was written";

    public static Command Create(CommonOptions options)
    {
        var command = new Command("check", "Check an input folder with the same diagnostics as build, writing nothing");
        command.Options.Add(options.Input);
        command.Options.Add(options.Theme);
        command.SetAction(result => RunAsync(result.GetValue(options.Input)!, result.GetValue(options.Theme)!, Console.Out, Console.Error));
        return command;
    }

    public static Task<int> RunAsync(string inputFolder, string themeFolder, TextWriter output, TextWriter errors) =>
        CommandGuard.RunAsync(errors, () => NothingWritten, async () =>
        {
            var scratch = Path.Combine(Path.GetTempPath(), $"check-{Guid.NewGuid():N}");
            try
            {
                // The build's progress lines are not the check's to show: only the problems and the verdict.
                var report = await new SiteBuilder(new BuildOptions(inputFolder, scratch, themeFolder), TextWriter.Null).BuildAsync();
                BuildCommand.ReportWarnings(report, errors);
                var pages = string.Join(", ", report.PagesPerLanguage.Select(p => $"{p.Value} {p.Key}"));
                output.WriteLine($"Checked {inputFolder}: {pages} pages, 0 errors; {NothingWritten}");
                return ExitCodes.Success;
            }
            catch (ContentErrorsException e)
            {
                return BuildCommand.Report(e, errors, NothingWritten);
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        });
}
