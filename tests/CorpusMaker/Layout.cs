namespace MaalMedMening.CorpusMaker;

/// <summary>
/// Which page number is what: 0 is the home page, then top-level chapters, then the section pages
/// (<c>section-S/_index.md</c>), then the pages inside sections, dealt round-robin over the sections.
/// </summary>
internal sealed class Layout
{
    public const string IndexFile = "_index.md";
    public const string HomeKey = "home";

    private readonly int _width;

    public Layout(int pages)
    {
        Count = pages;
        var others = pages - 1;
        Sections = others < 4 ? 0 : Math.Clamp(others / 60, 1, 20);
        SectionPages = Sections == 0 ? 0 : Math.Max(Sections, others / 3) - Sections;
        Chapters = others - Sections - SectionPages;
        _width = Math.Max(4, pages.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
    }

    /// <summary>Pages per language, the home page included.</summary>
    public int Count { get; }

    public int Chapters { get; }

    public int Sections { get; }

    public int SectionPages { get; }

    private int FirstSection => 1 + Chapters;

    private int FirstSectionPage => FirstSection + Sections;

    public bool IsHome(int n) => n == 0;

    public bool IsSectionIndex(int n) => n >= FirstSection && n < FirstSectionPage;

    /// <summary>The 1-based section a page lives in or heads; 0 for the home page and chapters.</summary>
    public int SectionOf(int n) =>
        IsSectionIndex(n) ? n - FirstSection + 1 : n >= FirstSectionPage ? (n - FirstSectionPage) % Sections + 1 : 0;

    public int SectionIndexPage(int section) => FirstSection + section - 1;

    public IEnumerable<int> PagesIn(int section) =>
        Enumerable.Range(FirstSectionPage, SectionPages).Where(n => SectionOf(n) == section);

    public IEnumerable<int> ChapterNumbers => Enumerable.Range(1, Chapters);

    public string Number(int n) => n.ToString("D" + _width, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The file, relative to the language folder.</summary>
    public string FileOf(int n) =>
        IsHome(n) ? IndexFile
        : IsSectionIndex(n) ? $"section-{SectionOf(n)}/{IndexFile}"
        : SectionOf(n) > 0 ? $"section-{SectionOf(n)}/page-{Number(n)}.md"
        : $"page-{Number(n)}.md";

    public string FolderOf(int n) => FileOf(n) is var file && file.Contains('/') ? file[..file.LastIndexOf('/')] : "";

    public string KeyOf(int n) => IsHome(n) ? HomeKey : IsSectionIndex(n) ? $"section-{SectionOf(n)}" : $"page-{Number(n)}";

    public string SlugOf(int n, Language language) =>
        IsSectionIndex(n) ? $"{language.SectionSlug}-{SectionOf(n)}" : $"{language.PageSlug}-{Number(n)}";

    /// <summary>Chapters and pages in sections keep number order; sections sit between the chapters.</summary>
    public int WeightOf(int n) =>
        IsSectionIndex(n) ? Chapters * SectionOf(n) / (Sections + 1) * 10 + 5 : n * 10;

    /// <summary>A Markdown link from a page in <paramref name="fromFolder"/> to the file of page <paramref name="target"/>.</summary>
    public string LinkFrom(string fromFolder, int target)
    {
        var file = FileOf(target);
        if (fromFolder.Length == 0)
        {
            return file;
        }

        return file.StartsWith(fromFolder + "/", StringComparison.Ordinal) ? file[(fromFolder.Length + 1)..] : "../" + file;
    }
}
