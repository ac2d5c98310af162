using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Localization;

/// <summary>Every page and every data item must exist in every language: a missing twin is a content error.</summary>
public static class TranslationParity
{
    /// <param name="unreadable">Languages with a page whose front matter failed: its twin may be that page, so a missing twin is not reported there.</param>
    /// <param name="inputFolder">The input folder as given (--input), so that messages name the author's real paths.</param>
    /// <param name="pagesAsDrafts">A page without its twin is a warning, not an error (<c>serve</c>'s drafts); data items stay strict.</param>
    public static void Check(SiteIndex site, IReadOnlyDictionary<string, LanguageData> data, IReadOnlySet<string> unreadable, string inputFolder, DiagnosticBag diagnostics,
        bool pagesAsDrafts = false)
    {
        string Display(params string[] parts) => InputReader.DisplayPath(Path.Combine([inputFolder, .. parts]));

        foreach (var page in site.Pages)
        {
            foreach (var other in site.Languages.Where(l => l != page.Language && !unreadable.Contains(l) && site.FindByKey(l, page.Key) is null))
            {
                var message = $"page '{page.Key}' has no {other} twin; add {Display(other)}/… with 'translationKey: {page.Key}'";
                if (pagesAsDrafts)
                {
                    diagnostics.Warn(DiagnosticCodes.MissingTranslation, page.Source.At(1), message + " (previewed as a draft; build fails until then)");
                }
                else
                {
                    diagnostics.Report(DiagnosticCodes.MissingTranslation, page.Source.At(1), message);
                }
            }
        }

        foreach (var language in site.Languages)
        {
            if (site.Home(language) is null)
            {
                diagnostics.Report(DiagnosticCodes.MissingField, new SourceSpan(Display(language, Router.IndexFile), 1),
                    $"the {language} edition has no home page; add {Display(language, Router.IndexFile)}");
            }
        }

        foreach (var (language, items) in data)
        {
            foreach (var other in data.Keys.Where(l => l != language))
            {
                var ids = data[other].AllIds().Select(i => (i.Kind, i.Id)).ToHashSet();
                foreach (var item in items.AllIds().Where(i => !ids.Contains((i.Kind, i.Id))))
                {
                    diagnostics.Report(DiagnosticCodes.MissingTranslation, item.Span,
                        $"{item.Kind} '{item.Id}' has no {other} twin; add it to {Display(other, DataLoader.Folder)}/");
                }
            }
        }
    }
}
