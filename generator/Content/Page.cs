namespace MaalMedMening.Generator.Content;

/// <summary>
/// One page in one language. Immutable: each phase hands on a copy made with <c>with</c>,
/// in the spirit of Statiq's documents.
/// </summary>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyLine">The 1-based line in the file where <paramref name="Body"/> starts.</param>
/// <param name="Section">The translation key of the section this page belongs to, if any.</param>
/// <param name="OutputPath">Where the page is written, relative to the site root (<c>en/foreword/index.html</c>).</param>
public sealed record Page(
    SourceFile Source,
    FrontMatter Meta,
    string Body,
    int BodyLine,
    PageKind Kind,
    string? Section,
    string OutputPath)
{
    public string Language => Source.Language;
    public string Key => Meta.TranslationKey;

    /// <summary>Set on a stand-in (<c>serve</c> only, see <see cref="StandInPages"/>): the language whose page this is,
    /// shown as a draft in <see cref="Language"/>, which has no such page yet. Its links resolve as they do there.</summary>
    public string? StandInFrom { get; init; }

    /// <summary>How the page's language spells heading ids: set by the router from site.yml, else the language's built-in table.</summary>
    public Transliterator Spelling
    {
        get => _spelling ?? Transliteration.For(Language);
        init => _spelling = value;
    }

    private readonly Transliterator? _spelling;

    /// <summary>Tells pages apart by reference: the record's own equality compares (and hashes) the page's whole text.</summary>
    public static IEqualityComparer<Page> ByReference { get; } = ReferenceEqualityComparer.Instance;
}
