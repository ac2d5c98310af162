using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Output;
using MaalMedMening.Generator.Rendering;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// What <c>serve</c> keeps from one build to the next, so that a rebuild does only what the change needs while its
/// output stays what a fresh build writes: the pages as read and parsed (<see cref="Sources"/>), the data and strings
/// (<see cref="Data"/>), the commit dates
/// (<see cref="GitDates"/>), the number check's scans of the pages (<see cref="Counts"/>), the page renderer's
/// cache (<see cref="WrapPages"/>), the site's own files by what they are made from (<see cref="SiteFiles"/>) and what
/// is on disk (<see cref="Written"/>).
/// </summary>
/// <param name="WrapPages">Wraps the page renderer (serve's render cache), given the pages' dates; null renders every page.</param>
public sealed record BuildMemory(Func<IPageRenderer, LastModified, IPageRenderer>? WrapPages = null)
{
    public SourceMemory Sources { get; } = new();

    public GitDatesMemory GitDates { get; } = new();

    public DataMemory<(Dictionary<string, LanguageData> Data, Dictionary<string, StringTable> Strings)> Data { get; } = new();

    public SiteFilesMemory SiteFiles { get; } = new();

    public CountMemory Counts { get; } = new();

    public WrittenFiles Written { get; } = new();
}
