using System.Text;

namespace MaalMedMening.CorpusMaker;

/// <summary>Writes the whole input folder: settings, strings and data copied from the real input, then the pages.</summary>
internal static class CorpusWriter
{
    // Written into every corpus, so that a folder is only ever replaced if this program made it.
    private const string Marker = ".corpusmaker";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Layout layout, string from, string output)
    {
        Prepare(output);
        CopySettings(Path.Combine(from, "site.yml"), Path.Combine(output, "site.yml"), layout);
        CopyWithoutLinks(Path.Combine(from, "tool-rules.yml"), Path.Combine(output, "tool-rules.yml"));
        var shapes = Enumerable.Range(0, layout.Count).Select(n => ShapeMaker.Make(n, layout)).ToList();
        foreach (var language in Language.All)
        {
            var source = Path.Combine(from, language.Code);
            var target = Path.Combine(output, language.Code);
            Copy(Path.Combine(source, "strings.yml"), Path.Combine(target, "strings.yml"));
            var data = Path.Combine(source, "data");
            if (!Directory.Exists(data))
            {
                throw new CorpusException($"there is no folder {data}; pass the real input folder with --from");
            }

            foreach (var file in Directory.EnumerateFiles(data).Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file) == "tool-advice.yml")
                {
                    CopyWithoutLinks(file, Path.Combine(target, "data", Path.GetFileName(file)));
                }
                else
                {
                    Copy(file, Path.Combine(target, "data", Path.GetFileName(file)));
                }
            }

            var writer = new MarkdownWriter(layout, shapes, language);
            foreach (var shape in shapes)
            {
                var path = Path.Combine(target, layout.FileOf(shape.Number));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, writer.Write(shape), Utf8);
            }
        }
    }

    /// <summary>Makes <paramref name="output"/> an empty folder of ours (marked), refusing a folder someone else made.</summary>
    public static void Prepare(string output)
    {
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!File.Exists(Path.Combine(output, Marker)))
            {
                throw new CorpusException($"{output} is not empty and was not made by corpusmaker; choose another --output");
            }

            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, Marker), "Made by tests/CorpusMaker; replaced on the next run.\n", Utf8);
    }

    // The balance tool's rules and advice link to the real booklet's pages by key; the corpus has other pages, so
    // those "links:" lines are left out (the rules and advice themselves stay, so the tool page is built as usual).
    private static void CopyWithoutLinks(string from, string to)
    {
        Copy(from, to);
        var kept = File.ReadAllLines(to, Utf8).Where(line => !line.TrimStart().StartsWith("links:", StringComparison.Ordinal));
        File.WriteAllText(to, string.Join('\n', kept) + "\n", Utf8);
    }

    // site.yml's menu names the real booklet's pages by key; the corpus's menu lists its own first pages instead, so
    // every corpus page still carries a menu of the real size.
    private static void CopySettings(string from, string to, Layout layout)
    {
        Copy(from, to);
        var menu = Enumerable.Range(1, Math.Min(8, layout.Count - 1)).Select(layout.KeyOf);
        var kept = File.ReadAllLines(to, Utf8)
            .Select(line => line.StartsWith("menu:", StringComparison.Ordinal) ? "menu: " + string.Join(' ', menu) : line);
        File.WriteAllText(to, string.Join('\n', kept) + "\n", Utf8);
    }

    private static void Copy(string from, string to)
    {
        if (!File.Exists(from))
        {
            throw new CorpusException($"there is no file {from}; pass the real input folder with --from");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}
