using System.Globalization;

namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>poppler's command-line tools (pdftotext, pdfinfo), which read the printed PDFs as a reader's viewer does.</summary>
public static class Poppler
{
    /// <summary>
    /// Runs a poppler tool; its standard output, or with <paramref name="errors"/> its standard error. The arguments
    /// are split at spaces: they are options and the tests' own temp paths, which hold none.
    /// </summary>
    public static string Run(string tool, string arguments, bool errors = false)
    {
        var result = ProcessRunner.Run(new ProcessRun(tool, arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Timeout = TimeSpan.FromMinutes(2),
            InstallHint = "./test.sh installs poppler-utils",
        });
        return errors ? result.Errors : result.Output;
    }

    /// <summary>How many pages the PDF has, as pdfinfo reads it.</summary>
    public static int Pages(string pdf) =>
        int.Parse(Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture);
}
