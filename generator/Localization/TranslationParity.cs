using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Localization;

/// <summary>Every page and every data item must exist in every language: a missing twin is a content error.</summary>
public static class TranslationParity
{
    /// <remarks>
    /// A language with a page whose front matter failed is not told it lacks a twin: its twin may be that page.
    /// A page without its twin is a warning under <see cref="CheckedSite.PagesAsDrafts"/> (<c>serve</c>); data items stay strict.
    /// </remarks>
    public static void Check(CheckedSite input, DiagnosticBag diagnostics)
    {
        var (site, data, unreadable, pagesAsDrafts) = (input.Site, input.Data, input.Site.LanguagesWithUnreadablePages, input.PagesAsDrafts);
        string Display(params string[] parts) => InputReader.DisplayPath(Path.Combine([input.InputFolder, .. parts]));

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

        foreach (var (language, other, item) in Untwinned(data))
        {
            diagnostics.Report(DiagnosticCodes.MissingTranslation, item.Span,
                $"{item.Kind} '{item.Id}' has no {other} twin; add it to {Display(other, DataLoader.Folder)}/");
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
