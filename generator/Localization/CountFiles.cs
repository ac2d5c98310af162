using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Localization;

/// <summary>Which languages declare their numbers (<c>counts.yml</c>): none, or every one.</summary>
public static class CountFiles
{
    /// <summary>The languages that have a <c>counts.yml</c>, in site order; reports each language without one when another has one.</summary>
    /// <param name="asDrafts">A missing file is a warning (<c>serve</c>'s preview of a language in progress, whose numbers are then not checked).</param>
    public static IReadOnlyList<string> Check(IReadOnlyList<string> languages, Func<string, string> languageFolder, DiagnosticBag diagnostics, bool asDrafts = false)
    {
        var declared = languages.Where(l => InputFiles.Present(PathOf(languageFolder, l))).ToList();
        // Every language always: one edition's numbers unchecked would let the editions drift apart.
        foreach (var language in declared.Count > 0 ? languages.Except(declared) : [])
        {
            var missing = InputReader.DisplayPath(PathOf(languageFolder, language));
            var message = $"the {language} edition has no {CountStatements.FileName}, but {string.Join(", ", declared)} has; add {missing} with its number words and statements";
            if (asDrafts)
            {
                diagnostics.Warn(DiagnosticCodes.MissingTranslation, new SourceSpan(missing, 1), message + " (previewed as a draft; build fails until then)");
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.MissingTranslation, new SourceSpan(missing, 1), message);
            }
        }

        return declared;
    }

    private static string PathOf(Func<string, string> languageFolder, string language) =>
        Path.Combine(languageFolder(language), CountStatements.FileName);
}
