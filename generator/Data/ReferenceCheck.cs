using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>Front matter that names a balance must name one that exists in the data; tool advice must link to pages that exist.</summary>
public static class ReferenceCheck
{
    public static void Check(CheckedSite input, DiagnosticBag diagnostics)
    {
        Menu(input.Settings, input.Site, diagnostics);
        Pages(input.Site, input.Data, diagnostics);
    }

    /// <summary>Every page the menu names exists in every language: the menu is the same on every page.</summary>
    private static void Menu(SiteSettings settings, SiteIndex site, DiagnosticBag diagnostics)
    {
        foreach (var key in settings.Menu.Distinct())
        {
            foreach (var language in site.Languages.Where(l => !site.MayHaveKey(l, key)))
            {
                diagnostics.Report(DiagnosticCodes.UnknownId, settings.MenuSpan ?? new SourceSpan(SettingsReader.FileName, 1),
                    $"'menu' names page '{key}', but no {language} page has that translationKey");
            }
        }
    }

    private static void Pages(SiteIndex site, IReadOnlyDictionary<string, LanguageData> data, DiagnosticBag diagnostics)
    {
        // A stand-in (serve's preview) refers to what the page it copies does, which is checked there.
        foreach (var page in site.Pages.Where(p => p.StandInFrom is null))
        {
            var known = data[page.Language].Balances.Select(b => b.Id).ToList();
            var named = page.Meta.Balances.Select(b => (b.BalanceId, b.Span));
            if (page.Meta.Balance is { } balance)
            {
                named = named.Append((balance, page.Meta.BalanceSpan ?? page.Source.At(1)));
            }

            foreach (var (id, span) in named.Where(n => !known.Contains(n.Item1)))
            {
                diagnostics.Report(DiagnosticCodes.UnknownId, span,
                    $"unknown balance '{id}'; known balances are {string.Join(", ", known)}");
            }

            // A case lists its balances as links to their chapters: one without a chapter would vanish from the list unseen.
            foreach (var link in page.Meta.Balances.Where(b => known.Contains(b.BalanceId)
                         && !site.Pages.Any(p => p.Language == page.Language && p.Meta.Balance == b.BalanceId)))
            {
                diagnostics.Warn(DiagnosticCodes.BalanceWithoutChapter, link.Span,
                    $"the balance '{link.BalanceId}' has no {page.Language} chapter (a page with 'balance: {link.BalanceId}'), so this page does not list it; add the chapter or leave the balance out");
            }

            foreach (var key in page.Meta.SeeAlso.Where(k => !site.MayHaveKey(page.Language, k)))
            {
                diagnostics.Report(DiagnosticCodes.UnknownId, page.Meta.SeeAlsoSpan ?? page.Source.At(1),
                    $"'seeAlso' names page '{key}', but no {page.Language} page has that translationKey");
            }
        }

        // The tool's advice links to the chapters it builds on; a key that names no page was silently dropped before.
        foreach (var (language, languageData) in data)
        {
            foreach (var advice in languageData.ToolAdvice)
            {
                foreach (var key in advice.Links.Where(k => !site.MayHaveKey(language, k)))
                {
                    diagnostics.Report(DiagnosticCodes.UnknownId, advice.LinksSpan ?? advice.Span,
                        $"tool advice '{advice.Id}' links to page '{key}', but no {language} page has that translationKey");
                }
            }
        }
    }
}
