using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Serving;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Serving;

/// <summary>
/// What <c>serve</c> keeps between builds (pages as read and parsed, rendered pages, the site's own files, the commit
/// dates, what it wrote) must never change what it builds (issue #30): after every edit of a sequence, the folder
/// serve rebuilt is byte for byte the folder a fresh build writes from the same input, and a failed rebuild reports
/// what a fresh build reports (the number check keeps its scans of unchanged pages: their mistakes must still show).
/// </summary>
public sealed class ServeMemoryTests
{
    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private const string NewPage = "---\ntitle: \"{0}\"\ndescription: \"{0}.\"\ntranslationKey: serve-memory\nweight: 95\nslug: {1}\n---\n\nText of {0}.\n";

    [Fact]
    public async Task Should_Write_What_A_Fresh_Build_Writes_After_Every_Edit()
    {
        // Given a copy of the real input, served (in place, with serve's memory) after a first build
        using var folder = new TempFolder();
        var input = folder.Combine("input");
        CopyFolder(RepoPaths.Input, input);
        var options = new BuildOptions(input, folder.Combine("served"), RepoPaths.Theme) { InPlace = true };
        var log = new StringWriter();
        var errors = new StringWriter();
        await using var server = new PreviewServer(options, 0, (memory, problems) => BuildCommand.RunAsync(options, log, problems, memory), errors);
        Assert.Equal(0, await server.BuildAsync());
        string Da(string file) => Path.Combine(input, "da", file);
        string En(string file) => Path.Combine(input, "en", file);

        // When the input is edited step by step: a body, a title, data, strings, a new page pair, a mistake and its
        // fix, the pair removed again, a file saved unchanged; serve building after each step
        var steps = new (string What, Action Change, int Code)[]
        {
            ("a chapter's body", () => Edit(Da("foreword.md"), "God læselyst!", "God læselyst igen!"), 0),
            ("a title", () => Edit(En("foreword.md"), "title: \"Foreword\"", "title: \"Foreword, revised\""), 0),
            ("a data file", () => File.AppendAllText(Da("data/questions.yml"), "\n# a comment\n"), 0),
            ("a UI string", () => Edit(Da("strings.yml"), "skipLink: Gå til indholdet", "skipLink: Gå direkte til indholdet"), 0),
            ("a new page pair", () =>
            {
                File.WriteAllText(Da("serve-memory.md"), string.Format(NewPage, "Ny side", "ny-side"));
                File.WriteAllText(En("serve-memory.md"), string.Format(NewPage, "New page", "new-page"));
            }, 0),
            ("a broken link", () => Edit(Da("serve-memory.md"), "Text of Ny side.", "Se [her](mangler.md)."), 1),
            ("the link fixed", () => Edit(Da("serve-memory.md"), "Se [her](mangler.md).", "Se [forordet](foreword.md)."), 0),
            ("the pair removed", () =>
            {
                File.Delete(Da("serve-memory.md"));
                File.Delete(En("serve-memory.md"));
            }, 0),
            ("a count made wrong", () => Edit(Da("_index.md"), "25 dialogspørgsmål", "26 dialogspørgsmål"), 1),
            ("another page edited while the count is wrong", () => Edit(Da("foreword.md"), "God læselyst igen!", "God læselyst!"), 1),
            ("the count put right", () => Edit(Da("_index.md"), "26 dialogspørgsmål", "25 dialogspørgsmål"), 0),
            ("a file saved unchanged", () => File.WriteAllText(Da("about.md"), File.ReadAllText(Da("about.md"))), 0),
        };
        foreach (var (what, change, code) in steps)
        {
            change();
            log.GetStringBuilder().Clear();
            errors.GetStringBuilder().Clear();
            Assert.True(code == await server.BuildAsync(), $"after {what}: {errors}");

            // Then serve's folder equals a fresh build's, or its problems are a fresh build's
            var fresh = folder.Combine("fresh");
            Directory.CreateDirectory(fresh);
            Directory.Delete(fresh, recursive: true);
            var freshProblems = new StringWriter();
            Assert.Equal(code, await BuildCommand.RunAsync(options with { InPlace = false, OutputFolder = fresh }, TextWriter.Null, freshProblems));
            if (code != 0)
            {
                // (each names its own output folder as not changed)
                Assert.Equal(freshProblems.ToString().Replace(fresh, options.OutputFolder, StringComparison.Ordinal), errors.ToString());
                continue;
            }

            var (expected, served) = (FolderSnapshot.Take(fresh), FolderSnapshot.Take(folder.Combine("served")));
            var differing = expected.Keys.Union(served.Keys).Where(p => expected.GetValueOrDefault(p) != served.GetValueOrDefault(p)).ToList();
            Assert.True(differing.Count == 0, $"after {what}, serve's output differs from a fresh build's in: {string.Join(", ", differing)}");
        }

        // ...and the last rebuild, where nothing but a file's stamp changed, rendered no page again
        Assert.Contains("0 changed, ", log.ToString());
    }
}
