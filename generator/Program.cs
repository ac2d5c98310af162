using MaalMedMening.Generator.Cli;

var parsed = Commands.CreateRoot().Parse(args);
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
