using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>
/// <c>{{&lt; subject-index &gt;}}</c>: an A–Z index of the glossary's terms and the pages' <c>keywords:</c>, each
/// entry linking to the glossary, to the pages that link the term to its glossary entry, and to the pages and headings
/// it names. Terms that differ only in case are one
/// entry. Sorted by the language's alphabet from its strings (<c>indexAlphabet</c>): the build runs with invariant
/// globalization, so .NET's cultures cannot sort a language's own letters (Danish puts three after z).
/// </summary>
public sealed class SubjectIndexShortcode(PageOutlines outlines) : IShortcode
{
    public const string IdPrefix = "index-";

    public const string ShortcodeName = "subject-index";

    public string Name => ShortcodeName;

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public ShortcodeReads Reads => ShortcodeReads.OtherPages;

    public IReadOnlyList<string> Strings => StringKeys.SubjectIndex;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var from = call.Page;
        var text = context.Strings[call.Language];
        var pages = context.Site.InReadingOrder(call.Language).Where(p => p.Meta.Layout != FrontMatter.BookletLayout).ToList();
        var entries = new Dictionary<string, (string Term, List<Link> Links)>(StringComparer.OrdinalIgnoreCase);

        void Add(string term, Link link)
        {
            if (!entries.TryGetValue(term, out var entry))
            {
                entry = (term, []);
                entries[term] = entry;
            }

            if (!entry.Links.Contains(link))
            {
                entry.Links.Add(link);
            }
        }

        var glossaryPage = pages.FirstOrDefault(p => outlines.Of(p).Shortcodes.Any(b => b.Name == GlossaryShortcode.ShortcodeName));
        if (glossaryPage is not null)
        {
            var href = context.Urls.Between(from.OutputPath, glossaryPage.OutputPath);
            foreach (var entry in context.Data[call.Language].Glossary)
            {
                Add(entry.Term, new Link(href + "#" + entry.Id, text[StringKeys.IndexGlossary]));
            }
        }

        var glossaryFile = glossaryPage is null ? null : Path.GetFileName(glossaryPage.Source.RelativePath);
        foreach (var page in pages)
        {
            var href = context.Urls.Between(from.OutputPath, page.OutputPath);

            // A page that links a term to its glossary entry uses the term: the index leads from the term to the page too.
            var linked = glossaryFile is null || ReferenceEquals(page, glossaryPage) ? null : GlossaryLinks(page.Body, glossaryFile);
            foreach (var entry in context.Data[call.Language].Glossary)
            {
                if (linked is not null && linked.Contains(entry.Id))
                {
                    Add(entry.Term, new Link(href, page.Meta.Title));
                }
            }

            foreach (var keyword in page.Meta.Keywords)
            {
                // An unknown heading is reported once the page is rendered (MM025); until then the link goes to the page.
                var heading = keyword.Heading is { } id && outlines.Of(page).Headings.TryGetValue(id, out var title) ? (id, title) : default;
                Add(keyword.Term, heading.id is null
                    ? new Link(href, page.Meta.Title)
                    : new Link(href + "#" + heading.id, $"{page.Meta.Title} – {heading.title}"));
            }
        }

        var alphabet = new Alphabet(text[StringKeys.IndexAlphabet]);
        // Two letters may still slug alike (A and Ä are both 'a'), so ids are made unique as headings' are.
        var ids = new HeadingIdAllocator(from.Spelling);
        var letters = entries.Values
            .OrderBy(e => e.Term, alphabet)
            .GroupBy(e => alphabet.Initial(e.Term))
            .OrderBy(group => group.Key == Alphabet.OtherInitial)
            .Select(group => new SubjectIndexLetter(
                IdPrefix + ids.Next(LetterId(group.Key, from.Spelling)),
                group.Key,
                group.Select(e => new SubjectIndexEntry(e.Term, e.Links)).ToList()))
            .ToList();
        return new SubjectIndexPart(letters);
    }

    /// <summary>
    /// The entries a page's Markdown links to (<c>](glossary.md#id)</c>): every <c>glossary.md#</c> read up to the
    /// <c>)</c> after it, in one pass over the page rather than one search of it for each term.
    /// </summary>
    private static HashSet<string>? GlossaryLinks(string body, string glossaryFile)
    {
        HashSet<string>? ids = null;
        var target = glossaryFile + "#";
        for (var at = body.IndexOf(target, StringComparison.Ordinal); at >= 0; at = body.IndexOf(target, at + 1, StringComparison.Ordinal))
        {
            var start = at + target.Length;
            if (body.IndexOf(')', start) is var end and >= 0)
            {
                (ids ??= new HashSet<string>(StringComparer.Ordinal)).Add(body[start..end]);
            }
        }

        return ids;
    }

    /// <summary>The id of a letter's heading: its slug in the page's language (Ä: ae in German), else its code (Ω: u03a9), and "other" for the non-letters.</summary>
    private static string LetterId(string letter, Transliterator spelling) =>
        letter == Alphabet.OtherInitial
            ? "other"
            : spelling.SlugOrNull(letter) ?? "u" + string.Concat(letter.EnumerateRunes().Select(r => r.Value.ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));
}
