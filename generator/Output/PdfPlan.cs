using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Output;

/// <summary>Which pages are printed to PDF by the <c>pdf</c> command: the whole booklet, each of its chapters, and the dialogue sheet.</summary>
public static class PdfPlan
{
    public const string Folder = "pdf";

    /// <param name="LanguageName">The language's own name, for the PDF's running header.</param>
    public sealed record Target(string Language, string LanguageName, string PageOutputPath, string PdfPath, string Title);

    public static IReadOnlyList<Target> Targets(SiteIndex site, IReadOnlyDictionary<Page, RenderedBody> bodies, IReadOnlyDictionary<string, UiStrings> strings)
    {
        var chapters = bodies
            .SelectMany(b => b.Value.Parts.OfType<BookletPart>().SelectMany(part => part.Keys.Select(key => (b.Key.Language, key))))
            .ToHashSet();
        return site.Pages
            .Where(p => p.Meta.Layout is FrontMatter.BookletLayout or FrontMatter.SheetLayout || chapters.Contains((p.Language, p.Key)))
            .Select(p => new Target(p.Language, strings[p.Language][StringKeys.LanguageName], p.OutputPath, $"{Folder}/{p.Language}/{p.OutputPath.Split('/')[^2]}.pdf", p.Meta.Title))
            .ToList();
    }
}
