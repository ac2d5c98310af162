using System.CommandLine;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Cli;

/// <summary>
/// <c>new &lt;path&gt;</c>: starts a page pair, one file per language of site.yml (see <see cref="PagePair"/>), and
/// prints their paths. Exit 0 when written, 1 when site.yml has errors, 2 when it would overwrite a file or the
/// request does not fit the site (one line; nothing is written), 3 when the files cannot be written.
/// </summary>
public static class NewCommand
{
    public static Command Create(CommonOptions options)
    {
        var path = new Argument<string>("path") { Description = "The page's file below each language folder, without the language: name or section/name (e.g. cases/acme)" };
        var title = new Option<string?>("--title") { Description = "The title in the default language; the others get it marked '(translate me)'" };
        var slug = new Option<string?>("--slug") { Description = "The address segment in every language (default: the file's name); other letters than a–z spelt as the default language spells them" };
        var key = new Option<string?>("--key") { Description = "The translationKey the pages share (default: the file's name)" };
        var command = new Command("new", "Start a page pair: the same page in every language of site.yml, front matter filled in; prints their paths");
        command.Arguments.Add(path);
        command.Options.Add(options.Input);
        command.Options.Add(title);
        command.Options.Add(slug);
        command.Options.Add(key);
        command.SetAction(result => RunAsync(result.GetValue(options.Input)!,
            new PagePair.Request(result.GetValue(path)!, result.GetValue(title), result.GetValue(slug), result.GetValue(key)), Console.Out, Console.Error));
        return command;
    }

    public static Task<int> RunAsync(string inputFolder, PagePair.Request request, TextWriter output, TextWriter errors) =>
        CommandGuard.RunAsync(errors, () => "check which files were written", () =>
        {
            var diagnostics = new DiagnosticBag();
            var settings = SettingsReader.Read(inputFolder, null, diagnostics);
            if (settings is null || diagnostics.HasErrors)
            {
                foreach (var diagnostic in diagnostics.ToSortedList())
                {
                    errors.WriteLine(diagnostic.Format());
                }

                errors.WriteLine("error: new needs a readable site.yml for its languages; nothing was written.");
                return Task.FromResult(ExitCodes.ContentErrors);
            }

            var (files, refusal) = PagePair.Plan(inputFolder, settings.Languages, request, settings.Spelling);
            if (refusal is not null)
            {
                errors.WriteLine($"error: {refusal}");
                return Task.FromResult(ExitCodes.UsageError);
            }

            PagePair.Write(files);
            if (PagePair.SlugNote(request, settings.Spelling(settings.DefaultLanguage)) is { } note)
            {
                errors.WriteLine(note);
            }

            foreach (var booklet in PagePair.BookletsWithKeys(inputFolder, settings.Languages, settings.Spelling))
            {
                errors.WriteLine($"note: {booklet} lists its chapters on purpose (keys=\"…\"); add '{files[0].Key}' there for the page to be in the whole booklet and its PDF, or remove keys=\"…\" to take every chapter by the reading order");
            }

            foreach (var file in files)
            {
                output.WriteLine(InputReader.DisplayPath(file.FullPath));
            }

            return Task.FromResult(ExitCodes.Success);
        });
}
