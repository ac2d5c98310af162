using MaalMedMening.CorpusMaker;

// Writes a synthetic input folder for the benchmark: N bilingual pages per language, valid for the generator.
// With --hugo DIR it also writes the same pages as a Hugo site, for bench/run.sh's side-by-side figures.
// Usage: corpusmaker --pages N --output DIR [--from input] [--hugo DIR]
string? output = null;
string? hugo = null;
var from = "input";
var pages = 0;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--pages" when int.TryParse(value, out var n) && n >= 1:
            pages = n;
            i++;
            break;
        case "--output" when value is not null:
            output = value;
            i++;
            break;
        case "--hugo" when value is not null:
            hugo = value;
            i++;
            break;
        case "--from" when value is not null:
            from = value;
            i++;
            break;
        default:
            return Usage($"unexpected or invalid argument '{args[i]}'");
    }
}

if (pages == 0 || output is null)
{
    return Usage("--pages N (N >= 1) and --output DIR are required");
}

try
{
    var layout = new Layout(pages);
    CorpusWriter.Write(layout, from, output);
    if (hugo is not null)
    {
        HugoWriter.Write(layout, hugo);
        Console.WriteLine($"Wrote the same pages as a Hugo site to {hugo}.");
    }

    Console.WriteLine($"Wrote {pages} pages per language to {output}: home, {layout.Chapters} chapters, " +
        $"{layout.Sections} sections with {layout.SectionPages} pages in them.");
    return 0;
}
catch (CorpusException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

static int Usage(string message)
{
    Console.Error.WriteLine($"error: {message}");
    Console.Error.WriteLine("Usage: corpusmaker --pages N --output DIR [--from INPUT_DIR] [--hugo DIR]");
    return 2;
}
