using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Localization;

/// <summary>Every page and every data item must exist in every language: a missing twin is a content error.</summary>
public static class TranslationParity
{
    /// <param name="unreadable">Languages with a page whose front matter failed: its twin may be that page, so a missing twin is not reported there.</param>
    /// <param name="inputFolder">The input folder as given (--input), so that messages name the author's real paths.</param>
    /// <param name="pagesAsDrafts">A missing twin (page or data item) or home page is a warning, not an error (<c>serve</c>'s
    /// drafts and its preview of a language in progress, which shows the default language's page or item in its place).</param>
    public static void Check(SiteIndex site, IReadOnlyDictionary<string, LanguageData> data, IReadOnlySet<string> unreadable, string inputFolder, DiagnosticBag diagnostics,
        bool pagesAsDrafts = false)
    {
        string Display(params string[] parts) => InputReader.DisplayPath(Path.Combine([inputFolder, .. parts]));

        // A stand-in (serve's preview of a language in progress) is no twin: the page it stands in for is missing.
        foreach (var page in site.Pages.Where(p => p.StandInFrom is null))
        {
            foreach (var other in site.Languages.Where(l => l != page.Language && !unreadable.Contains(l) && site.FindByKey(l, page.Key) is not { StandInFrom: null }))
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
            // serve shows a stand-in for a language in progress, so only there a missing home is a draft.
            if (site.Home(language) is var home && home is not { StandInFrom: null })
            {
                Report(home is not null, DiagnosticCodes.MissingField, new SourceSpan(Display(language, Router.IndexFile), 1),
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
                    Report(pagesAsDrafts, DiagnosticCodes.MissingTranslation, item.Span,
                        $"{item.Kind} '{item.Id}' has no {other} twin; add it to {Display(other, DataLoader.Folder)}/");
                }
            }
        }

        void Report(bool asDraft, string code, SourceSpan span, string message)
        {
            if (asDraft)
            {
                diagnostics.Warn(code, span, message + " (previewed as a draft; build fails until then)");
            }
            else
            {
                diagnostics.Report(code, span, message);
            }
        }
    }
}
