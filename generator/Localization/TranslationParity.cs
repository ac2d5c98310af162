using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Localization;

/// <summary>Every page and every data item must exist in every language: a missing twin is a content error.</summary>
public static class TranslationParity
{
    /// <remarks>
    /// A language with a page whose front matter failed is not told it lacks a twin: its twin may be that page.
    /// Under <see cref="CheckedSite.PagesAsDrafts"/> (<c>serve</c>'s drafts and its preview of a language in progress, which
    /// shows the default language's page or item in its place) a missing twin, page or data item, or home page is a warning.
    /// </remarks>
    public static void Check(CheckedSite input, DiagnosticBag diagnostics)
    {
        var (site, data, unreadable, pagesAsDrafts) = (input.Site, input.Data, input.Site.LanguagesWithUnreadablePages, input.PagesAsDrafts);
        string Display(params string[] parts) => InputReader.DisplayPath(Path.Combine([input.InputFolder, .. parts]));

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

        foreach (var (_, other, item) in Untwinned(data))
        {
            Report(pagesAsDrafts, DiagnosticCodes.MissingTranslation, item.Span,
                $"{item.Kind} '{item.Id}' has no {other} twin; add it to {Display(other, DataLoader.Folder)}/");
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

    /// <summary>The languages with a data item that another language lacks: what is counted there differs from its twin's.</summary>
    public static IReadOnlySet<string> LanguagesWithUntwinnedData(IReadOnlyDictionary<string, LanguageData> data) =>
        Untwinned(data).Select(u => u.Language).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Language, string Other, (string Kind, string Id, SourceSpan Span) Item)> Untwinned(IReadOnlyDictionary<string, LanguageData> data)
    {
        foreach (var (language, items) in data)
        {
            foreach (var other in data.Keys.Where(l => l != language))
            {
                var ids = data[other].AllIds().Select(i => (i.Kind, i.Id)).ToHashSet();
                foreach (var item in items.AllIds().Where(i => !ids.Contains((i.Kind, i.Id))))
                {
                    yield return (language, other, item);
                }
            }
        }
    }
}
