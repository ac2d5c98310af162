using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// Numbers the text states about the data ("25 dialogue questions", "Five dialogue questions", "six pieces of advice")
/// must be true of the data: a 26th question without the text following is an error at the text's line.
/// What to look for is content, declared per language in <c>counts.yml</c> (<see cref="CountStatements"/>); this
/// decides which languages are checked, and <see cref="CountedText"/> finds and judges each number in their texts.
/// </summary>
/// <param name="groupsShown">Where a page shows a question group, from its parsed shortcodes (which this folder cannot read).</param>
/// <param name="memory">serve's scans of the texts from the last build (null: every text is scanned).</param>
public sealed class CountCheck(Func<Page, IReadOnlyList<QuestionGroupShown>> groupsShown, CountMemory? memory = null)
{
    /// <summary>The test that compares the pages with the printed booklet, which a changed sentence of its own must pass (a test keeps the path true).</summary>
    public const string FidelityTest = "tests/Generator.Tests/Booklet/FidelityTests.cs";

    public void Check(CheckedSite site, DiagnosticBag diagnostics)
    {
        var untwinned = TranslationParity.LanguagesWithUntwinnedData(site.Data);
        foreach (var language in CountFiles.Check(site.Site.Languages, site.LanguageFolder, diagnostics, site.PagesAsDrafts))
        {
            if (SkipReason(site, language, untwinned) is { } reason)
            {
                diagnostics.Skip($"the number check ({CountStatements.FileName}) of {language}", reason);
                continue;
            }

            if (site.Data.GetValueOrDefault(language) is { } data
                && CountStatements.Load(site.LanguageFolder(language), language, diagnostics, site.InputFolder) is { } statements)
            {
                CheckLanguage(site, language, data, statements, diagnostics);
            }
        }

        memory?.EndBuild();
    }

    /// <summary>
    /// Counted from data or pages that could not all be read, or from data that differs from its twin's, every number
    /// would look wrong; their own errors say enough, so the check is skipped and the note says why.
    /// </summary>
    private static string? SkipReason(CheckedSite site, string language, IReadOnlySet<string> untwinned)
    {
        var dataFolder = InputReader.DisplayPath(Path.Combine(site.LanguageFolder(language), DataLoader.Folder)) + "/";
        if (site.Site.LanguagesWithUnreadablePages.Contains(language))
        {
            return $"a {language} page could not be read";
        }

        if (site.Data.GetValueOrDefault(language) is { HasErrors: true })
        {
            return $"{dataFolder} has errors, so what it counts is not known";
        }

        return untwinned.Contains(language) ? $"{dataFolder} has items without their twins, so what it counts is not known" : null;
    }

    private void CheckLanguage(CheckedSite site, string language, LanguageData data, CountStatements statements, DiagnosticBag diagnostics)
    {
        var counter = new DataCounter(site.Site, language, data);
        foreach (var statement in statements.Statements)
        {
            foreach (var count in statement.Counts.Where(c => counter.Unknown(c) is not null))
            {
                diagnostics.Report(DiagnosticCodes.UnknownId, statement.Span, counter.Unknown(count)!);
            }
        }

        // No statements, no words to look for: a pattern made of none would match every number followed by a space.
        if (statements.Statements.Count == 0)
        {
            return;
        }

        var matcher = new CountMatcher(statements, memory);
        foreach (var text in CountedText.In(site, language, groupsShown))
        {
            text.Check(matcher, counter, diagnostics);
        }
    }
}
