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
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Usage: maalmedmening build|serve|pdf|new [--input DIR] [--output DIR] [--site-url URL] (see --help)");
    return ExitCodes.UsageError;
}

return await parsed.InvokeAsync();
