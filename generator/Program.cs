using System.CommandLine;
using MaalMedMening.Generator.Cli;

// The command line is a table of contents: each verb lives in Cli/.
var options = new CommonOptions();
var root = new RootCommand("Builds the bilingual site \"Mål med mening\" from input/ and theme/.")
{
    BuildCommand.Create(options),
    ServeCommand.Create(options),
    PdfCommand.Create(options),
    NewCommand.Create(options),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // One line per mistake, the usage hint on the last: a script sees exactly what went wrong, and nothing else.
    var lines = parsed.Errors.Select(e => $"error: {MaalMedMening.Generator.Diagnostics.Printable.Escape(e.Message.TrimEnd('.'))}").ToList();
    lines[^1] += "; usage: maalmedmening build|serve|pdf|new [--input DIR] [--output DIR] [--site-url URL] (see --help)";
    foreach (var line in lines)
    {
        Console.Error.WriteLine(line);
    }

    return ExitCodes.UsageError;
}

return await parsed.InvokeAsync();
