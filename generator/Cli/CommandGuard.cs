using MaalMedMening.Generator.Output;

namespace MaalMedMening.Generator.Cli;

/// <summary>
/// Runs a command's work so that a refused output folder is one line and exit 2, and a failure to read or write
/// files is one line and exit 3 — never a stack trace.
/// </summary>
public static class CommandGuard
{
    /// <param name="consequence">What an I/O failure means for the output, e.g. "output was not changed".</param>
    public static async Task<int> RunAsync(TextWriter errors, Func<string> consequence, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (OutputRefusedException e)
        {
            errors.WriteLine($"error: {OneLine(e.Message)}");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error: {OneLine(e.Message)}; {consequence()}.");
            return ExitCodes.IoFailure;
        }
    }

    /// <summary>Checks the output folder and mends what an interrupted build left beside it.</summary>
    public static void PrepareOutput(Pipeline.BuildOptions options, TextWriter log)
    {
        OutputSafety.Check(options.InputFolder, options.ThemeFolder, options.OutputFolder);
        foreach (var note in OutputRecovery.Run(options.OutputFolder))
        {
            log.WriteLine(note);
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").TrimEnd('.', ' ');
}
