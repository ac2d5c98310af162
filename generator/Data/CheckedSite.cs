using MaalMedMening.Generator.Content;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Data;

/// <summary>
/// The input as read and routed, which the checks across files read: every such check has the one shape
/// <c>Check(CheckedSite site, DiagnosticBag diagnostics)</c> and reports what it finds rather than returning it.
/// </summary>
/// <param name="InputFolder">The input folder as given (--input), so that messages name the author's real paths.</param>
public sealed record CheckedSite(
    SiteSettings Settings,
    SiteIndex Site,
    IReadOnlyDictionary<string, LanguageData> Data,
    IReadOnlyDictionary<string, UiStrings> Strings,
    string InputFolder)
{
    /// <summary>The text of each language's <c>strings.yml</c> as it was read for the strings, for the checks that search it; absent where it could not be read.</summary>
    public IReadOnlyDictionary<string, SourceFile> StringFiles { get; init; } = new Dictionary<string, SourceFile>();

    /// <summary>A page without its twin is a warning, not an error (<c>serve</c>'s drafts).</summary>
    public bool PagesAsDrafts { get; init; }

    public string LanguageFolder(string language) => Path.Combine(InputFolder, language);
}
