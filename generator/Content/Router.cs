using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// Gives every page its address: <c>/da/</c> for a home page, <c>/da/&lt;slug&gt;/</c> for a chapter or section,
/// <c>/da/&lt;section&gt;/&lt;slug&gt;/</c> for a page in a section. Reports pages that would share an address.
/// </summary>
public static partial class Router
{
    public const string IndexFile = "_index.md";

    public sealed record Unrouted(SourceFile Source, FrontMatterParser.Result Parsed)
    {
        /// <summary>How the page's language spells its address and heading ids (site.yml's table for it, else the built-in one).</summary>
        public Transliterator Spelling { get; init; } = Transliteration.For(Source.Language);
    }

    /// <param name="unreadable">Languages with a page whose front matter could not be read (see <see cref="SiteIndex.LanguagesWithUnreadablePages"/>).</param>
    public static SiteIndex Route(IReadOnlyList<string> languages, IReadOnlyList<Unrouted> inputs, DiagnosticBag diagnostics, IReadOnlySet<string>? unreadable = null)
    {
        var sectionSlugs = inputs
            .Where(i => IsSectionIndex(i.Source.RelativePath))
            .ToDictionary(i => (i.Source.Language, Folder(i.Source.RelativePath)), i => (Slug(i)[..Math.Min(Slug(i).Length, MaxSlugLength)], i.Parsed.Meta.TranslationKey));

        var pages = new List<Page>();
        foreach (var input in inputs)
        {
            var relative = input.Source.RelativePath;
            var folder = Folder(relative);
            var kind = relative == IndexFile ? PageKind.Home : IsSectionIndex(relative) ? PageKind.Section : PageKind.Page;
            string? section = null;
            string outputPath;
            if (kind == PageKind.Home)
            {
                outputPath = $"{input.Source.Language}/index.html";
            }
            else if (kind == PageKind.Section || folder.Length == 0)
            {
                outputPath = $"{input.Source.Language}/{CheckedSlug(input, diagnostics)}/index.html";
            }
            else if (sectionSlugs.TryGetValue((input.Source.Language, folder), out var owner))
            {
                section = owner.TranslationKey;
                outputPath = $"{input.Source.Language}/{owner.Item1}/{CheckedSlug(input, diagnostics)}/index.html";
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.MissingField, input.Source.At(1),
                    $"the folder '{folder}' has no {IndexFile}; add one with the section's title, or move the page up");
                continue;
            }

            pages.Add(new Page(input.Source, input.Parsed.Meta, input.Parsed.Body, input.Parsed.BodyLine, kind, section, outputPath) { Spelling = input.Spelling });
        }

        ReportClashes(pages, diagnostics);
        return new SiteIndex(languages, pages.GroupBy(p => p.OutputPath).Select(g => g.First()))
        {
            LanguagesWithUnreadablePages = unreadable ?? new HashSet<string>(),
        };
    }

    private static void ReportClashes(List<Page> pages, DiagnosticBag diagnostics)
    {
        foreach (var clash in pages.GroupBy(p => p.OutputPath).Where(g => g.Count() > 1))
        {
            var files = string.Join(", ", clash.Select(p => p.Source.DisplayPath));
            foreach (var page in clash)
            {
                diagnostics.Report(DiagnosticCodes.DuplicateUrl, page.Source.At(1),
                    $"the address /{clash.Key.Replace("index.html", "")} is used by more than one page ({files}); give each a distinct 'slug'");
            }
        }

        foreach (var clash in pages.GroupBy(p => (p.Language, p.Key)).Where(g => g.Count() > 1 && g.Key.Key.Length > 0))
        {
            var files = string.Join(", ", clash.Select(p => p.Source.DisplayPath));
            foreach (var page in clash)
            {
                diagnostics.Report(DiagnosticCodes.DuplicateKey, page.Source.At(1),
                    $"translationKey '{clash.Key.Key}' is used by more than one {clash.Key.Language} page ({files}); each page needs its own key");
            }
        }
    }

    private static bool IsSectionIndex(string relativePath) =>
        relativePath.EndsWith("/" + IndexFile, StringComparison.Ordinal);

    private static string Folder(string relativePath) =>
        relativePath.Contains('/') ? relativePath[..relativePath.LastIndexOf('/')] : "";

    /// <summary>
    /// The longest slug, in characters. A folder name may have at most 255 bytes; a longer slug ended the build
    /// with an exception. With it, a page's address (language, section, slug) stays well under that limit.
    /// </summary>
    public const int MaxSlugLength = 80;

    /// <summary>Reports a slug over <see cref="MaxSlugLength"/> at its line; the address uses a shortened one, so that nothing is written there.</summary>
    private static string CheckedSlug(Unrouted input, DiagnosticBag diagnostics)
    {
        var slug = Slug(input);
        var written = input.Parsed.Meta.Slug;
        if (written.Length > 0 && !SlugShape().IsMatch(written))
        {
            // The address must be what the editor wrote: a silently changed slug breaks links made from the written one.
            diagnostics.Report(DiagnosticCodes.InvalidSlug, input.Parsed.Meta.SlugSpan ?? input.Source.At(1),
                $"the slug '{written}' may hold only lowercase a–z, 0–9 and '-' between words; write 'slug: {slug}'");
        }

        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }

        diagnostics.Report(DiagnosticCodes.TooLong, input.Parsed.Meta.Slug.Length > 0 ? input.Parsed.Meta.SlugSpan ?? input.Source.At(1) : input.Source.At(1),
            $"the page's slug is {slug.Length} characters long; the limit is {MaxSlugLength}, so shorten the 'slug' (or the file or folder name)");
        return slug[..MaxSlugLength];
    }

    private static string Slug(Unrouted input) =>
        input.Spelling.Slugify(input.Parsed.Meta.Slug.Length > 0
            ? input.Parsed.Meta.Slug
            : Path.GetFileNameWithoutExtension(IsSectionIndex(input.Source.RelativePath) ? Folder(input.Source.RelativePath) : input.Source.RelativePath));

    /// <summary>A written slug: lowercase ASCII words joined by single hyphens, as the address shows it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SlugShape();
}
