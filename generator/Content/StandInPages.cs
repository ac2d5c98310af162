namespace MaalMedMening.Generator.Content;

/// <summary>
/// <c>serve</c>'s preview of a language in progress (issue #27): every page of the default language that another
/// language lacks is shown in that language as a stand-in, the default language's page as a draft at the address it
/// would have there, so that the language's own pages have a home, a menu, a reading order and pages to link to
/// while it is being translated. <c>build</c> never makes stand-ins: a missing page stays an error there.
/// </summary>
public static class StandInPages
{
    public static SiteIndex Add(SiteIndex site, string defaultLanguage)
    {
        var pages = site.Pages.ToList();
        var taken = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var files = pages.Select(p => (p.Language, p.Source.RelativePath)).ToHashSet();
        foreach (var language in site.Languages.Where(l => l != defaultLanguage))
        {
            // Sections before their pages, so that a page stands in below its section's address in this language.
            foreach (var original in site.Pages.Where(p => p.Language == defaultLanguage).OrderBy(p => p.Section is null ? 0 : 1))
            {
                if (site.FindByKey(language, original.Key) is not null || files.Contains((language, original.Source.RelativePath)))
                {
                    continue;
                }

                var outputPath = OutputPath(original, language, pages);
                // An address the language's own pages already use keeps its own page: the stand-in is left out.
                if (outputPath is null || !taken.Add(outputPath))
                {
                    continue;
                }

                files.Add((language, original.Source.RelativePath));
                pages.Add(original with { Source = original.Source with { Language = language }, OutputPath = outputPath, StandInFrom = defaultLanguage });
            }
        }

        return new SiteIndex(site.Languages, pages) { LanguagesWithUnreadablePages = site.LanguagesWithUnreadablePages };
    }

    /// <summary>The stand-in's address: the original's with the language's folder, below the section's address in that language.</summary>
    private static string? OutputPath(Page original, string language, List<Page> pages)
    {
        var own = original.OutputPath[(original.Language.Length + 1)..];
        if (original.Section is not { } section)
        {
            return $"{language}/{own}";
        }

        var sectionPage = pages.FirstOrDefault(p => p.Language == language && p.Key == section);
        return sectionPage is null ? null : $"{Path.GetDirectoryName(sectionPage.OutputPath)!.Replace('\\', '/')}/{own.Split('/')[^2]}/index.html";
    }
}
