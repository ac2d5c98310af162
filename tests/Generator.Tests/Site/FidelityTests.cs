using System.Text;
using System.Text.RegularExpressions;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Site;

/// <summary>
/// The Danish site carries the booklet's text faithfully: every word of the booklet is on the site, and every
/// sentence of the booklet's pages is in the source documents (issue #3). Compared on letters and digits only,
/// so that line-break hyphens, punctuation and layout do not count.
/// </summary>
public sealed partial class FidelityTests
{
    // Pages that are ours, not the booklet's: home, the balance tool, the glossary, the tool cards' section page, the whole-booklet and card pages.
    private static readonly string[] OwnPages = ["da/index.html", "da/was/", "da/find-balancen/", "da/ordliste/", "da/relaterede-vaerktoejer/index.html", "da/hele-haeftet/", "da/dialogkort/"];

    [Fact]
    public async Task Should_Carry_Every_Word_Of_The_Booklet()
    {
        // Given the booklet's words (line-break hyphens joined) and the words on the Danish site
        var booklet = Words(JoinLineBreaks(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "001_be0f621f2252dfdb.txt"))));
        var site = (await DanishTextsAsync(includeOwnPages: true)).SelectMany(Words).ToHashSet();

        // Then nothing is left out but the PDF's web addresses and a footnote number glued to its word
        string[] furniture = ["http", "www", "arbejdsmiljoweb", "universitet2"];
        var missing = booklet.Where(w => !site.Contains(w) && !furniture.Contains(w)).Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Should_Have_Every_Danish_Sentence_In_The_Sources()
    {
        var seeds = string.Concat(Directory.EnumerateFiles(RepoPaths.Seeds, "0*.txt").Order().Select(f => Letters(File.ReadAllText(f)) + "#"));
        var invented = new List<string>();
        foreach (var text in await DanishTextsAsync(includeOwnPages: false))
        {
            foreach (var sentence in SentenceEnd().Split(text))
            {
                var letters = Letters(sentence);
                // A sentence the PDF interrupted with a pull quote is found in two parts.
                if (letters.Length >= 4 && !seeds.Contains(letters) && !Enumerable.Range(4, Math.Max(0, letters.Length - 7)).Any(i => seeds.Contains(letters[..i]) && seeds.Contains(letters[i..])))
                {
                    invented.Add(sentence);
                }
            }
        }

        Assert.Empty(invented);
    }

    /// <summary>The text of each block in the Danish pages' articles, without UI labels and generated navigation.</summary>
    private static async Task<List<string>> DanishTextsAsync(bool includeOwnPages)
    {
        var output = await RealSite.SharedOutputAsync();
        var texts = new List<string>();
        foreach (var page in BuiltPage.All(output, "da").Where(p => includeOwnPages || !OwnPages.Any(p.Path.StartsWith)))
        {
            // Titles are the booklet's headings on its own pages, but ours on a few (e.g. "Om hæftet").
            foreach (var generated in page.Article.QuerySelectorAll((includeOwnPages ? "" : "h1, ") + ".related, .contents, .embed-snippets, .pdf-link, thead, caption, #footnotes-heading, sup, .footnote-back-ref").ToList())
            {
                generated.Remove();
            }

            texts.AddRange(page.Article.QuerySelectorAll("h1, p, li, h2, h3, h4, figcaption, td, th, dt, dd").Select(e => e.TextContent));
        }

        return texts;
    }

    private static string JoinLineBreaks(string text) => LineBreakHyphen().Replace(text, "$1$2");

    private static IEnumerable<string> Words(string text) =>
        NonWord().Split(text.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()).Where(w => w.Length > 0);

    private static string Letters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Where(char.IsLetterOrDigit))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(\w)-\s*\n\s*(\w)")]
    private static partial Regex LineBreakHyphen();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<=[.?!:])\s+")]
    private static partial Regex SentenceEnd();
}
