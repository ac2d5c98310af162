namespace MaalMedMening.Generator.Content;

/// <summary>
/// The routed site: every page by language, file and key, and each language's reading order
/// (home, then top-level chapters and sections by weight, each section followed by its pages).
/// </summary>
public sealed class SiteIndex
{
    private readonly Dictionary<(string Language, string RelativePath), Page> _byFile;
    private readonly Dictionary<(string Language, string Key), Page> _byKey;
    private readonly Dictionary<string, IReadOnlyList<Page>> _readingOrder;
    // By reference: looking a page up by the record's own equality made finding its place in a 2000-page reading order quadratic.
    private readonly Dictionary<Page, int> _positions;
    // Each home's and section's children, sorted once: every home and section page lists them, and filtering all pages
    // for each of them again was quadratic at 4,000 pages.
    private readonly Dictionary<(string Language, string? Section), List<Page>> _children;

    public SiteIndex(IReadOnlyList<string> languages, IEnumerable<Page> pages)
    {
        Languages = languages;
        Pages = pages.OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();
        _byFile = Pages.ToDictionary(p => (p.Language, p.Source.RelativePath));
        _byKey = Pages.GroupBy(p => (p.Language, p.Key)).ToDictionary(g => g.Key, g => g.First());
        _readingOrder = languages.ToDictionary(l => l, l => (IReadOnlyList<Page>)ReadingOrder(Pages.Where(p => p.Language == l)));
        _children = Pages.Where(p => p.Kind != PageKind.Home && (p.Section is null || p.Kind == PageKind.Page))
            .GroupBy(p => (p.Language, p.Section))
            .ToDictionary(g => g.Key, g => Sorted(g).ToList());
        _positions = new Dictionary<Page, int>(Page.ByReference);
        foreach (var order in _readingOrder.Values)
        {
            for (var i = 0; i < order.Count; i++)
            {
                _positions[order[i]] = i;
            }
        }
    }

    public IReadOnlyList<string> Languages { get; }

    /// <summary>
    /// Languages with a page whose front matter could not be read: that page's key is unknown, so a key that names
    /// no page there may name that one, and only the page's own error is reported.
    /// </summary>
    public IReadOnlySet<string> LanguagesWithUnreadablePages { get; init; } = new HashSet<string>();

    /// <summary>Whether <paramref name="key"/> names a page of <paramref name="language"/>, or may name its unreadable page.</summary>
    public bool MayHaveKey(string language, string key) =>
        FindByKey(language, key) is not null || LanguagesWithUnreadablePages.Contains(language);

    public IReadOnlyList<Page> Pages { get; }

    public Page? FindByFile(string language, string relativePath) => _byFile.GetValueOrDefault((language, relativePath));

    public Page? FindByKey(string language, string key) => _byKey.GetValueOrDefault((language, key));

    public IReadOnlyList<Page> InReadingOrder(string language) => _readingOrder.GetValueOrDefault(language) ?? [];

    /// <summary>Where <paramref name="page"/> stands in its language's reading order; -1 when it is not there.</summary>
    public int PositionInReadingOrder(Page page) =>
        _positions.TryGetValue(page, out var position) ? position : InReadingOrder(page.Language).ToList().IndexOf(page);

    public Page? Home(string language) => InReadingOrder(language).FirstOrDefault(p => p.Kind == PageKind.Home);

    /// <summary>The pages directly below a home or section page, in order.</summary>
    public IEnumerable<Page> ChildrenOf(Page parent) => parent.Kind switch
    {
        // A home's children: every other page outside a section; a section's: the plain pages in it.
        PageKind.Home => _children.GetValueOrDefault((parent.Language, null)) ?? [],
        PageKind.Section => _children.GetValueOrDefault((parent.Language, parent.Key)) ?? [],
        _ => [],
    };

    public Page? SectionOf(Page page) => page.Section is { } key ? FindByKey(page.Language, key) : null;

    private List<Page> ReadingOrder(IEnumerable<Page> pages)
    {
        var all = pages.ToList();
        var order = new List<Page>();
        var home = all.FirstOrDefault(p => p.Kind == PageKind.Home);
        if (home is not null)
        {
            order.Add(home);
        }

        foreach (var top in Sorted(all.Where(p => p.Kind != PageKind.Home && p.Section is null)))
        {
            order.Add(top);
            if (top.Kind == PageKind.Section)
            {
                order.AddRange(Sorted(all.Where(p => p.Kind == PageKind.Page && p.Section == top.Key)));
            }
        }

        return order;
    }

    private static IEnumerable<Page> Sorted(IEnumerable<Page> pages) =>
        pages.OrderBy(p => p.Meta.Weight).ThenBy(p => p.Source.RelativePath, StringComparer.Ordinal);
}
