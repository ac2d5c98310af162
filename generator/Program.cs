using MaalMedMening.Generator.Cli;

// Before the heap grows: see HeapPages.
HeapPages.Enable();
var parsed = Commands.CreateRoot().Parse(args);
if (parsed.Errors.Count > 0)
{
    // One line, as README promises for exit code 2: the error about what was typed ('bild'), not its echo
    // ("Required command was not provided"), and the usage after it.
    var error = parsed.Errors.OrderBy(e => args.Any(a => e.Message.Contains($"'{a}'", StringComparison.Ordinal)) ? 0 : 1).First();
    Console.Error.WriteLine($"error: {MaalMedMening.Generator.Diagnostics.Printable.Escape(error.Message.TrimEnd('.'))}; usage: maalmedmening build|serve|pdf|new [options] (see --help)");
    return ExitCodes.UsageError;
}

return await parsed.InvokeAsync();
