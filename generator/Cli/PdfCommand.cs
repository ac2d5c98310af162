using System.CommandLine;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Output;
using MaalMedMening.Generator.Pdf;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Serving;

namespace MaalMedMening.Generator.Cli;

/// <summary><c>pdf</c>: build with links to the PDFs (and, with <c>--precompress</c>, compressed copies), then print every page meant for paper to output/pdf/.</summary>
public static class PdfCommand
{
    public static Command Create(CommonOptions options)
    {
        var command = new Command("pdf", "Build the site, then print every page meant for paper (the booklet, its chapters, sheets, cards, the tool's exercise, pages marked pdf: true) to A4 PDFs in output/pdf/");
        options.AddTo(command);
        // The same flag as build's, so one command makes the whole deployable folder: pages, PDFs and compressed copies.
        var precompress = new Option<bool>("--precompress") { Description = "Also write .gz and .br copies of every text file, for hosts that serve them (nginx gzip_static)" };
        command.Options.Add(precompress);
        // Checked here, not through a helper: the AOT compiler treats this flag as a constant false and drops the
        // Playwright branch from the native binary, so Playwright's reflection raises no trim warnings there.
        command.SetAction(async result => !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported
            ? await JitHandOff.RunAsync(Console.Error)
            : await RunAsync(options.Read(result) with { PdfLinks = true, Precompress = result.GetValue(precompress) }, Console.Out, Console.Error));
        return command;
    }

    public static Task<int> RunAsync(BuildOptions options, TextWriter output, TextWriter errors)
    {
        var built = false;
        return CommandGuard.RunAsync(errors, () => built
            ? $"the site in {options.OutputFolder} was updated, but its PDFs are missing or incomplete"
            : $"{options.OutputFolder} was not changed", async () =>
        {
            CommandGuard.PrepareOutput(options, output);
            BuildReport report;
            try
            {
                output.WriteLine($"Building {options.InputFolder} → {options.OutputFolder} (with PDF links)");
                report = await new SiteBuilder(options, output).BuildAsync();
            }
            catch (ContentErrorsException e)
            {
                return BuildCommand.Report(e, errors, "no PDFs were made");
            }

            built = true;
            BuildCommand.ReportLeftovers(report, errors);
            return await PrintAsync(options, report, output, errors);
        });
    }

    private static async Task<int> PrintAsync(BuildOptions options, BuildReport report, TextWriter output, TextWriter errors)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var host = await StaticFileHost.StartAsync(options.OutputFolder, port: 0);
        PdfPrinter printer;
        try
        {
            printer = await PdfPrinter.StartAsync();
        }
        catch (FileNotFoundException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageError;
        }

        await using (printer)
        {
            // Chromium lays out one page while it rasterises another: a few at a time is faster than one by one.
            await Parallel.ForEachAsync(report.PdfTargets, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (target, _) =>
                await printer.PrintAsync(host.BaseUrl, target, options.OutputFolder));
        }

        output.WriteLine($"  {"pdf",-20} {watch.Elapsed.TotalMilliseconds,7:0.0} ms  {report.PdfTargets.Count} files in {Path.Combine(options.OutputFolder, SiteFiles.PdfFolder)}");
        return ExitCodes.Success;
    }
}
