using Markdig;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Generator.Output;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Pdf;

/// <summary>
/// Which pages are printed to PDF by the <c>pdf</c> command, decided by content alone: every page whose layout is
/// written for paper (<see cref="FrontMatter.PaperLayouts"/>), every chapter of a whole booklet, and every page whose
/// front matter says <c>pdf: true</c>.
/// </summary>
public static class PdfPlan
{
    /// <param name="LanguageName">The language's own name, for the PDF's running header.</param>
    /// <param name="PublicUrl">The page's public address (siteUrl, sub-path included), printed in the running line.</param>
    /// <param name="SiteUrl">The site's public root, which the page's links to other pages are made to point at.</param>
    /// <param name="Description">The page's description, the PDF's subject.</param>
    /// <param name="Publisher">The booklet's publisher in the page's language (strings.yml), the PDF's author.</param>
    public sealed record Target(string Language, string LanguageName, string PageOutputPath, string PdfPath, string Title, string PublicUrl, string SiteUrl, string Description, string Publisher);

    /// <remarks>The chapters are read from the pages' booklet shortcodes, so that a page kept by the preview's cache still counts.</remarks>
    public static IReadOnlyList<Target> Targets(SiteIndex site, MarkdownPipeline pipeline, IReadOnlyDictionary<string, UiStrings> strings, Uri siteUrl)
    {
        var chapters = site.Pages
            .SelectMany(page => BookletShortcode.Chapters(ShortcodeCalls.Of(page.Body, pipeline), site, page).Select(key => (page.Language, key)))
            .ToHashSet();
        return site.Pages
            .Where(p => FrontMatter.PaperLayouts.Contains(p.Meta.Layout) || p.Meta.Pdf || chapters.Contains((p.Language, p.Key)))
            .Select(p => new Target(p.Language, strings[p.Language][StringKeys.LanguageName], p.OutputPath, $"{SiteFiles.PdfFolder}/{p.Language}/{p.OutputPath.Split('/')[^2]}.pdf", p.Meta.Title,
                RelativeUrls.Absolute(siteUrl, p.OutputPath), siteUrl.AbsoluteUri, p.Meta.Description, strings[p.Language][StringKeys.Publisher]))
            .ToList();
    }
}
