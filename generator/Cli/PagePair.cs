using System.Text;
using System.Text.RegularExpressions;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Shortcodes;

namespace MaalMedMening.Generator.Cli;

/// <summary>
/// The files <c>new</c> writes: one page per language of site.yml, at the same path below each language's folder,
/// sharing a translationKey and a weight after the last page of their section (at the top level: before the back
/// matter, the whole-booklet page and what follows it), titled so that what is left to write or translate is plain. Planned in full before anything is written, so a refusal writes nothing.
/// </summary>
public static partial class PagePair
{
    public sealed record Request(string Path, string? Title, string? Slug, string? Key);

    public sealed record File(string FullPath, string Text, string Key);

    /// <summary>The slug as written when it is not the one asked for (transliterated), so the author is told.</summary>
    public static string? SlugNote(Request request, Transliterator spelling) =>
        request.Slug is { } asked && spelling.Slugify(asked) is var slug && slug != asked
            ? $"note: the slug '{asked}' is written as '{slug}' (addresses use a–z, 0–9 and '-', other letters spelt as the default language spells them)"
            : null;

    /// <summary>The weight step between pages; the site's weights are tens.</summary>
    public const int WeightStep = 10;

    /// <returns>The files to write, or one line saying why not.</returns>
    /// <param name="spellingOf">How each language spells addresses; the new slug is one for every language, spelt as the default language spells it.</param>
    public static (IReadOnlyList<File> Files, string? Refusal) Plan(string inputFolder, IReadOnlyList<string> languages, Request request, Func<string, Transliterator> spellingOf)
    {
        var spelling = spellingOf(languages[0]);
        var relative = request.Path.Replace('\\', '/').Trim('/');
        relative = relative.EndsWith(".md", StringComparison.Ordinal) ? relative[..^3] : relative;
        var parts = relative.Split('/');
        if (parts.Length > 2 || parts.Any(p => !Name().IsMatch(p)) || parts[^1] == "_index")
        {
            return ([], $"'{request.Path}' is not a page path: write name or section/name, in lowercase a–z, 0–9 and '-'{Suggestion(parts, relative, spelling)}");
        }

        // The title goes into one line of front matter: a line break (and '---' after it) would end the front matter early.
        if (request.Title is { } asked && asked.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
        {
            return ([], "the title must be one line of text, without line breaks or control characters");
        }

        var section = parts.Length == 2 ? parts[0] : null;
        var name = parts[^1];
        var key = request.Key ?? name;
        if (!Name().IsMatch(key))
        {
            return ([], $"the translationKey '{key}' may hold only lowercase a–z, 0–9 and '-' (e.g. {spelling.Slugify(key)})");
        }

        var slug = spelling.Slugify(request.Slug ?? name);
        if (slug.Length > Router.MaxSlugLength)
        {
            return ([], $"the slug '{slug}' is {slug.Length} characters long; the limit is {Router.MaxSlugLength}");
        }

        var existing = languages.ToDictionary(l => l, l => Existing(System.IO.Path.Combine(inputFolder, l), spellingOf(l)));
        foreach (var language in languages)
        {
            var folder = System.IO.Path.Combine(inputFolder, language);
            if (!Directory.Exists(folder))
            {
                return ([], $"the {language} edition's folder {InputReader.DisplayPath(folder)} does not exist; create it first");
            }

            if (section is not null && !System.IO.File.Exists(System.IO.Path.Combine(folder, section, Router.IndexFile)))
            {
                return ([], $"{InputReader.DisplayPath(System.IO.Path.Combine(folder, section, Router.IndexFile))} does not exist; new adds pages to a section that exists, or at the top level");
            }

            var target = System.IO.Path.Combine(folder, relative + ".md");
            // Links followed: a language or section folder that is a link out of input/ would have the page written elsewhere.
            if (!InputFiles.IsInside(System.IO.Path.GetDirectoryName(target)!, inputFolder))
            {
                return ([], $"{InputReader.DisplayPath(System.IO.Path.GetDirectoryName(target)!)} is a link that leads outside {InputReader.DisplayPath(inputFolder)}; new writes only inside the input folder, and nothing was written");
            }

            if (InputFiles.Present(target))
            {
                return ([], $"{InputReader.DisplayPath(target)} already exists; nothing was written");
            }

            if (existing[language].FirstOrDefault(p => p.Key == key) is { } sameKey)
            {
                return ([], $"translationKey '{key}' is already used by {InputReader.DisplayPath(sameKey.Path)}; choose another with --key");
            }

            if (existing[language].FirstOrDefault(p => p.Section == section && p.Slug == slug) is { } sameSlug)
            {
                return ([], $"the address '{slug}' is already used by {InputReader.DisplayPath(sameSlug.Path)}; choose another with --slug");
            }
        }

        var siblings = existing.Values.SelectMany(pages => pages.Where(p => p.Section == section)).ToList();
        var weight = Weight(siblings);
        var title = request.Title ?? char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
        var files = languages.Select((language, index) => new File(
            System.IO.Path.Combine(inputFolder, language, relative + ".md"),
            FrontMatter(
                index == 0 ? title : $"{title} {Placeholders.Translate}",
                index == 0 ? $"{Placeholders.Todo} one sentence about the page." : $"{Placeholders.Todo} one sentence about the page {Placeholders.Translate}.",
                key, weight, slug,
                index == 0 ? $"{Placeholders.Todo} write the page." : $"{Placeholders.Todo} translate the page."), key))
            .ToList();
        return (files, null);
    }

    /// <summary>A valid path near the refused one: '..' and '.' left out, one section at most (the rest joined into the
    /// name); nothing when no such path differs from what was asked.</summary>
    private static string Suggestion(IReadOnlyList<string> parts, string asked, Transliterator spelling)
    {
        var names = parts.Where(p => p != Router.IndexFile[..^3]).Select(spelling.SlugOrNull).OfType<string>().ToList();
        var path = names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => names[0] + "/" + string.Join('-', names.Skip(1)),
        };
        return path is null || path == asked ? "" : $" (e.g. {path})";
    }

    /// <summary>After the last sibling; at the top level, before the whole booklet, whose chapters are the pages before
    /// it (<see cref="BookletChapters"/>), so a new chapter is in the booklet and the back matter stays last.</summary>
    private static int Weight(IReadOnlyList<ExistingPage> siblings)
    {
        if (siblings.Count == 0)
        {
            return WeightStep;
        }

        if (siblings.Where(p => p.Layout == Content.FrontMatter.BookletLayout).Select(p => (int?)p.Weight).Min() is not { } booklet)
        {
            return siblings.Max(p => p.Weight) + WeightStep;
        }

        var before = siblings.Where(p => p.Weight < booklet).Select(p => (int?)p.Weight).Max() ?? booklet - WeightStep;
        // Halfway, so that the pages keep room on both sides; with no room left, the same weight as the page before
        // (pages of one weight are ordered by file name).
        return booklet - before >= 2 ? before + (booklet - before) / 2 : before;
    }

    /// <summary>The booklet pages that list their chapters on purpose, which a new page does not join by itself.</summary>
    public static IReadOnlyList<string> BookletsWithKeys(string inputFolder, IReadOnlyList<string> languages, Func<string, Transliterator> spellingOf) =>
        languages.SelectMany(l => Existing(System.IO.Path.Combine(inputFolder, l), spellingOf(l)))
            .Where(p => p.ListsBookletKeys)
            .Select(p => InputReader.DisplayPath(p.Path))
            .ToList();

    /// <summary>Writes the planned files; each must still be new (a file made in the meantime is not overwritten).</summary>
    public static void Write(IReadOnlyList<File> files)
    {
        foreach (var file in files)
        {
            using var stream = new FileStream(file.FullPath, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(file.Text));
        }
    }

    private static string FrontMatter(string title, string description, string key, int weight, string slug, string body) =>
        $"---\ntitle: {Quoted(title)}\ndescription: {Quoted(description)}\ntranslationKey: {key}\nweight: {weight}\nslug: {slug}\n---\n\n{body}\n";

    // A double-quoted YAML scalar holds any title, colons included.
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>A page already in a language folder: where it is, among which pages (its section folder; null: the top
    /// level, where a section's own _index.md also sits), its key, address segment and weight.</summary>
    private sealed record ExistingPage(string Path, string? Section, string Key, string Slug, int Weight, string Layout, bool ListsBookletKeys);

    private static List<ExistingPage> Existing(string languageFolder, Transliterator spelling)
    {
        if (!Directory.Exists(languageFolder))
        {
            return [];
        }

        var pages = new List<ExistingPage>();
        var ignored = new DiagnosticBag();
        foreach (var path in Directory.EnumerateFiles(languageFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = System.IO.Path.GetRelativePath(languageFolder, path).Replace('\\', '/');
            var parts = relative.Split('/');
            // A page that cannot be read is the build's to report; new only avoids the keys, addresses and weights it can see.
            if (parts.Length > 2 || relative == Router.IndexFile
                || InputReader.Read(path, "", relative, ignored, null, InputReader.MaxPageBytes) is not { } source
                || FrontMatterParser.Parse(source, ignored) is not { } parsed)
            {
                continue;
            }

            var isSectionIndex = parts.Length == 2 && parts[1] == Router.IndexFile;
            var section = parts.Length == 2 && !isSectionIndex ? parts[0] : null;
            var name = isSectionIndex ? parts[0] : System.IO.Path.GetFileNameWithoutExtension(parts[^1]);
            var slug = spelling.Slugify(parsed.Meta.Slug.Length > 0 ? parsed.Meta.Slug : name);
            pages.Add(new ExistingPage(path, section, parsed.Meta.TranslationKey, slug, parsed.Meta.Weight, parsed.Meta.Layout,
                BookletShortcode.ListsKeys(ShortcodeCalls.Of(parsed.Body, Pipeline))));
        }

        return pages;
    }

    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Name();
}
