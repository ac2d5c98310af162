using System.Text;
using System.Text.RegularExpressions;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Booklet;

/// <summary>
/// The Danish site carries the booklet's text faithfully: every word of the booklet is on the site, and every
/// sentence of the booklet's pages is in the source documents (issue #3). Compared on letters and digits only,
/// so that line-break hyphens, punctuation and layout do not count. The sources are in the repository (sources/), and
/// the web edition's corrections (input/da/data/corrections.yml) are applied to them first: exactly those, no others.
/// </summary>
public sealed partial class FidelityTests
{
    // Pages that are ours, not the booklet's: home, the balance tool and its group sheet, the glossary, the tool cards' section page, the whole-booklet and card pages, the question and subject indexes.
    private static readonly string[] OwnPages = ["da/index.html", "da/was/", "da/find-balancen/", "da/gruppeark/", "da/ordliste/", "da/relaterede-vaerktoejer/index.html", "da/hele-haeftet/", "da/dialogkort/", "da/alle-spoergsmaal/", "da/stikordsregister/"];

    [Fact]
    public async Task Should_Carry_Every_Word_Of_The_Booklet()
    {
        // Given the booklet's words (line-break hyphens joined) and the words on the Danish site
        var booklet = Words(CorrectedSources()["booklet.txt"]);
        var site = (await DanishTextsAsync(includeOwnPages: true)).SelectMany(Words).ToHashSet();

        // Then nothing is left out but the PDF's web addresses and a footnote number glued to its word
        string[] furniture = ["http", "www", "arbejdsmiljoweb", "universitet2"];
        var missing = booklet.Where(w => !site.Contains(w) && !furniture.Contains(w)).Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Should_Have_Every_Danish_Sentence_In_Its_Own_Source()
    {
        // Given each source with the listed corrections applied (a page is compared with its own source only, so that a
        // dialogue-sheet sentence silently replaced by the booklet's wording is an unlisted change, not a match)
        var seeds = CorrectedSources().ToDictionary(s => s.Key, s => Letters(s.Value), StringComparer.Ordinal);
        var invented = new List<string>();
        foreach (var (path, texts) in await DanishTextsByPageAsync(includeOwnPages: false))
        {
            var source = SourceOf(path);
            var seed = seeds[source];
            foreach (var sentence in texts.SelectMany(t => SentenceEnd().Split(t)))
            {
                var letters = Letters(sentence);
                // A sentence the PDF interrupted with a pull quote is found in two parts.
                if (letters.Length >= 4 && !seed.Contains(letters) && !Enumerable.Range(4, Math.Max(0, letters.Length - 7)).Any(i => seed.Contains(letters[..i]) && seed.Contains(letters[i..])))
                {
                    invented.Add($"{path} (sources/{source}): {sentence}");
                }
            }
        }

        Assert.True(invented.Count == 0, string.Join("\n", invented));
    }

    /// <summary>The source document a Danish page reproduces: the dialogue sheet and the three tool cards have pages of their own; every other page is the booklet's.</summary>
    private static string SourceOf(string path) => path switch
    {
        _ when path.StartsWith("da/dialogvaerktoej/", StringComparison.Ordinal) => "dialogue-sheet.txt",
        _ when path.StartsWith("da/relaterede-vaerktoejer/maal-og-resultatplan/", StringComparison.Ordinal) => "tool-card-goals-and-results-plan.txt",
        _ when path.StartsWith("da/relaterede-vaerktoejer/praestationsledelse/", StringComparison.Ordinal) => "tool-card-performance-leadership.txt",
        _ when path.StartsWith("da/relaterede-vaerktoejer/maalinger-og-performancekrav/", StringComparison.Ordinal) => "theme-sheet-contact-centres.txt",
        _ => "booklet.txt",
    };

    [Fact]
    public void Should_Find_Each_Correction_Original_In_Its_Source()
    {
        // Given the corrections and the uncorrected sources
        var sources = Sources();

        // Then each correction's original is in the source it names, so that it corrects something that is there
        var notFound = Corrections().Where(c => !sources.TryGetValue(c.Source, out var text) || !text.Contains(c.Original, StringComparison.Ordinal))
            .Select(c => $"{c.Id}: '{c.Original}' is not in sources/{c.Source}").ToList();
        Assert.Empty(notFound);
    }

    [Fact]
    public async Task Should_Carry_Each_Correction_And_Not_The_Misprint()
    {
        // Given the Danish site's text, without the corrections table that quotes both forms
        var site = Normalise(string.Join("\n", await DanishTextsAsync(includeOwnPages: true)));

        // Then each corrected form is on the site and no original is left (unless it is part of the corrected form)
        var wrong = new List<string>();
        foreach (var correction in Corrections())
        {
            if (!site.Contains(correction.Corrected, StringComparison.Ordinal))
            {
                wrong.Add($"{correction.Id}: '{correction.Corrected}' is not on the site");
            }

            if (!correction.Corrected.Contains(correction.Original, StringComparison.Ordinal) && site.Contains(correction.Original, StringComparison.Ordinal))
            {
                wrong.Add($"{correction.Id}: '{correction.Original}' is still on the site");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Should_List_The_Same_Corrections_In_Every_Language()
    {
        // Given the corrections as each language's data holds them
        // The languages are site.yml's: input/ has other folders too (schemas/).
        var languages = File.ReadLines(Path.Combine(RepoPaths.Input, "site.yml")).Single(l => l.StartsWith("languages:", StringComparison.Ordinal))
            ["languages:".Length..].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
        static string Key(Correction c) => $"{c.Id}|{c.Source}|{c.Page}|{c.Original}|{c.Corrected}";
        var lists = languages.Select(l => Corrections(l).Select(Key).ToList()).ToList();

        // Then every language lists the same corrections, and there are some
        Assert.True(languages.Count >= 2);
        Assert.NotEmpty(lists[0]);
        Assert.All(lists, list => Assert.Equal(lists[0], list));
    }

    [Fact]
    public async Task Should_Label_Chart_Bars_Only_As_The_Source_Does()
    {
        // Given the Danish charts' tables and the booklet
        var booklet = Letters(CorrectedSources()["booklet.txt"]);
        var rows = BuiltPage.All(await RealSite.SharedOutputAsync(), "da")
            .SelectMany(p => p.Article.QuerySelectorAll(".chart-table tbody th")).ToList();
        Assert.NotEmpty(rows);

        // Then a bar is labelled with the source's words, or said to have no label: never numbered or labelled by us
        var invented = rows.Where(th => !th.ClassList.Contains("chart-unlabelled") && !(Letters(th.TextContent).Length > 0 && booklet.Contains(Letters(th.TextContent), StringComparison.Ordinal)))
            .Select(th => th.TextContent).ToList();
        Assert.Empty(invented);
        Assert.All(rows, th => Assert.False(th.TextContent.All(char.IsDigit), $"bar labelled '{th.TextContent}'"));
    }

    /// <summary>The web edition's corrections, as the generator reads them.</summary>
    private static IReadOnlyList<Correction> Corrections(string language = "da")
    {
        var diagnostics = new DiagnosticBag();
        var data = DataLoader.Load(Path.Combine(RepoPaths.Input, language), language, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return data.Corrections;
    }

    /// <summary>Each source document by file name, line-break hyphens joined and white space made single spaces.</summary>
    private static Dictionary<string, string> Sources() =>
        Directory.EnumerateFiles(RepoPaths.Sources, "*.txt")
            .ToDictionary(f => Path.GetFileName(f), f => Normalise(JoinLineBreaks(File.ReadAllText(f))), StringComparer.Ordinal);

    /// <summary>The sources with every listed correction applied: the text the web edition should carry.</summary>
    private static Dictionary<string, string> CorrectedSources()
    {
        var sources = Sources();
        foreach (var correction in Corrections())
        {
            sources[correction.Source] = sources[correction.Source].Replace(correction.Original, correction.Corrected, StringComparison.Ordinal);
        }

        return sources;
    }

    private static string Normalise(string text) => Space().Replace(text, " ");

    /// <summary>The text of each block in the Danish pages' articles, without UI labels and generated navigation.</summary>
    private static async Task<List<string>> DanishTextsAsync(bool includeOwnPages) =>
        (await DanishTextsByPageAsync(includeOwnPages)).SelectMany(p => p.Texts).ToList();

    /// <summary>The text of each block in each Danish page's article, by the page's site-relative path.</summary>
    private static async Task<List<(string Path, List<string> Texts)>> DanishTextsByPageAsync(bool includeOwnPages)
    {
        var output = await RealSite.SharedOutputAsync();
        var pages = new List<(string, List<string>)>();
        foreach (var page in BuiltPage.All(output, "da").Where(p => includeOwnPages || !OwnPages.Any(p.Path.StartsWith)))
        {
            // Titles are the booklet's headings on its own pages, but ours on a few (e.g. "Om hæftet").
            foreach (var generated in page.Article.QuerySelectorAll((includeOwnPages ? "" : "h1, ") + ".related, .contents, .page-contents, .embed-snippets, .pdf-link, thead, caption, .chart-unlabelled, .corrections, .edition-note, .edition, #footnotes-heading, sup, .footnote-back-ref").ToList())
            {
                generated.Remove();
            }

            pages.Add((page.Path, page.Article.QuerySelectorAll("h1, p, li, h2, h3, h4, figcaption, td, th, dt, dd").Select(e => e.TextContent).ToList()));
        }

        return pages;
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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<=[.?!:])\s+")]
    private static partial Regex SentenceEnd();
}
