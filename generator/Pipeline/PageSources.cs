using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>The parsed sources: those whose front matter could not be read are kept to tell links to them apart.</summary>
internal sealed record ParsedInput(IReadOnlyList<(SourceFile Source, FrontMatterParser.Result? Parsed)> Files)
{
    public IReadOnlySet<string> Unparsed => Files.Where(p => p.Parsed is null).Select(p => $"{p.Source.Language}/{p.Source.RelativePath}").ToHashSet();

    public IReadOnlySet<string> UnreadableLanguages => Files.Where(p => p.Parsed is null).Select(p => p.Source.Language).ToHashSet();
}

/// <summary>
/// Finds, reads and parses the pages of every language. Given <c>serve</c>'s <see cref="SourceMemory"/>, a page whose
/// file stamp is what it was at its last clean read is taken as read and parsed then, and only the others are read.
/// </summary>
internal sealed class PageSources(BuildOptions options, SourceMemory? memory)
{
    /// <summary>A page found: read and parsed now (its problems in <see cref="Problems"/>; <see cref="Source"/> null when
    /// it could not be read, <see cref="Result"/> null when its front matter could not be) or remembered from the last build.</summary>
    private sealed record Parsed(string Path, SourceFile? Source, FrontMatterParser.Result? Result, DiagnosticBag Problems);

    /// <summary>Reads and parses the pages, each file's front matter right after reading it, on every core: the file's
    /// whole text is then let go at once, while it is young, and only its front matter and body are kept. (Read all
    /// first and parsed after, every page's text was held twice at the end of reading, and the collector copied all
    /// of them from one generation to the next: at 4,000 pages that set the build's peak memory.)</summary>
    public ParsedInput ReadAndParse(PhaseLog steps, IReadOnlyList<string> languages, DiagnosticBag diagnostics) =>
        steps.Run("read input", () => Read(languages, diagnostics), s => $"{s.Files.Count} pages, front matter parsed");

    private string LanguageFolder(string language) => Path.Combine(options.InputFolder, language);

    private ParsedInput Read(IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var found = new List<Parsed>();
        foreach (var language in languages)
        {
            var folder = LanguageFolder(language);
            if (!Directory.Exists(folder))
            {
                diagnostics.Report(DiagnosticCodes.MissingTranslation, new SourceSpan(InputReader.DisplayPath(folder), 1),
                    $"the {language} edition is missing; create the folder {InputReader.DisplayPath(folder)}");
                continue;
            }

            if (!InputFiles.IsInside(folder, options.InputFolder))
            {
                diagnostics.Report(DiagnosticCodes.NotARegularFile, new SourceSpan(InputReader.DisplayPath(folder), 1),
                    "this input cannot be read: it is a folder link that leads outside the input folder");
                continue;
            }

            var paths = InputFiles.Find(folder, ".md", options.InputFolder, (path, problem) =>
                    diagnostics.Report(DiagnosticCodes.NotARegularFile, new SourceSpan(InputReader.DisplayPath(path), 1),
                        $"this input cannot be read: {problem}; only regular files inside the input folder are read"))
                .Select(path => (path, relative: Path.GetRelativePath(folder, path).Replace('\\', '/')))
                .Where(p => !p.relative.StartsWith(DataLoader.Folder + "/", StringComparison.Ordinal))
                .OrderBy(p => p.relative, StringComparer.Ordinal);
            // Remembered files are only looked at (a stat each), sparing threads; the others are read in parallel.
            var looked = paths.Select(p => (p.path, p.relative, Known: Known(p.path, language, p.relative))).ToList();
            found.AddRange(Map(looked, looked.Count(p => p.Known is null), p => p.Known ?? ReadOne(p.path, language, p.relative)));
        }

        memory?.KeepOnly(found.Select(f => f.Path));
        // Each file's problems in its own bag, so that a file read cleanly is known to be; all are reported together here.
        foreach (var file in found)
        {
            diagnostics.Include(file.Problems);
        }

        return new ParsedInput(found.Where(f => f.Source is not null).Select(f => (f.Source!, f.Result)).ToList());
    }

    private Parsed? Known(string path, string language, string relative)
    {
        if (memory is null)
        {
            return null;
        }

        var stamp = FileStamp.Of(path);
        return memory.Find(path, stamp) is { } known && known.Source.Language == language && known.Source.RelativePath == relative
            ? new Parsed(path, known.Source, known.Parsed, new DiagnosticBag())
            : null;
    }

    /// <summary>A page whose front matter was read keeps its file's text only up to its body, which is its own string from here on.</summary>
    private Parsed ReadOne(string path, string language, string relative)
    {
        // The stamp before the read: a change while reading then makes the next build read the file again. Only serve,
        // which remembers files, needs it.
        var stamp = memory is null ? null : FileStamp.Of(path);
        var problems = new DiagnosticBag();
        if (InputReader.Read(path, language, relative, problems, options.InputFolder, InputReader.MaxPageBytes, foundInside: true) is not { } file)
        {
            return new Parsed(path, null, null, problems);
        }

        if (FrontMatterParser.Parse(file, problems) is not { } result)
        {
            return new Parsed(path, file, null, problems);
        }

        var source = file.WithoutBody(result.Body.Length);
        if (problems.Count == 0 && stamp is not null)
        {
            memory?.Remember(path, stamp, source, result);
        }

        return new Parsed(path, source, result, problems);
    }

    /// <summary>In order, and in parallel when there is enough to do: with serve's memory usually one file is new, and
    /// handing it to another thread costs more than reading it (on a busy machine, much more). Parallel.For rather than
    /// PLINQ: in the native binary PLINQ's first query resolves its generic virtual methods at run time, a millisecond
    /// or two of every build.</summary>
    private static List<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> items, int work, Func<TIn, TOut> map)
    {
        if (work <= 8)
        {
            return items.Select(map).ToList();
        }

        var results = new TOut[items.Count];
        Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return [.. results];
    }
}
