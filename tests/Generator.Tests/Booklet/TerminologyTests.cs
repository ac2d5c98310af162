using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MaalMedMening.Generator.Tests.Booklet;

/// <summary>
/// One name for each thing (issue #11): each balance is named as its data names it, the English edition uses one term for
/// each Danish term (input/terminology.yml), Danish words on English pages are marked lang="da", and quotes are typographic.
/// </summary>
public sealed class TerminologyTests
{
    // Text a reader sees: headings, links, table cells and the like, where a balance's name is used as a name.
    private const string NamingElements = "h1, h2, h3, h4, h5, h6, a, th, caption, legend, summary, dt, figcaption, title";

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Name_Each_Balance_As_Its_Data_Does(string language)
    {
        // Given the balances' names in the data and the built pages of the language
        var balances = Data(language).Balances;
        var pages = BuiltPage.All(await RealSite.SharedOutputAsync(), language);

        // When a heading, link or table cell names a balance (it speaks of both its poles)
        var wrong = new List<string>();
        foreach (var page in pages)
        {
            // A question in the question index is a link, but it is the booklet's question, not a name for a balance.
            foreach (var text in page.Document.QuerySelectorAll(NamingElements).Where(e => e.Closest(".question-index-item") is null).Select(e => Space(e.TextContent)))
            {
                foreach (var balance in balances.Where(b => NamesBothPoles(text, b) && !text.Contains(b.Name, StringComparison.Ordinal)))
                {
                    wrong.Add($"{page.Path}: '{text}' names balance '{balance.Id}' otherwise than '{balance.Name}'");
                }
            }
        }

        // Then it uses the data's name, and each balance's chapter is titled with its number and that name
        var titles = pages.Select(p => Space(p.Article.QuerySelector("h1")?.TextContent ?? "")).ToHashSet();
        wrong.AddRange(balances.Select((b, i) => $"{i + 1}. {b.Name}").Where(t => !titles.Contains(t)).Select(t => $"no chapter is titled '{t}'"));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Should_Not_Use_A_Non_Preferred_English_Term()
    {
        // Given the terminology list's variants to avoid
        var terms = Terminology()["terms"].AllNodes.OfType<YamlMappingNode>().Where(m => m.Children.ContainsKey("avoid")).ToList();
        Assert.NotEmpty(terms);
        var avoid = terms.SelectMany(t => ((YamlSequenceNode)t["avoid"]).Select(v => (Variant: v.ToString(),
            Pattern: new Regex(@"(?<![\p{L}-])" + Regex.Escape(v.ToString()) + @"(?![\p{L}-])",
                t.Children.ContainsKey("caseSensitive") && t["caseSensitive"].ToString() == "true" ? RegexOptions.None : RegexOptions.IgnoreCase)))).ToList();

        // When the English pages are read as a reader sees them
        var found = new List<string>();
        foreach (var page in BuiltPage.All(await RealSite.SharedOutputAsync(), "en"))
        {
            var text = Space(page.Document.Body!.TextContent) + " " + page.Document.Title;
            found.AddRange(avoid.Where(a => a.Pattern.IsMatch(text)).Select(a => $"{page.Path}: '{a.Variant}'"));
        }

        // Then no variant is there
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task Should_Explain_Each_Danish_Institution_In_The_English_Glossary()
    {
        // Given the Danish institutions and abbreviations the English pages name (DSB, PULS, …)
        var words = ((YamlSequenceNode)Terminology()["explained"]).Select(w => w.ToString()).ToList();
        Assert.Contains("DSB", words);
        var pages = BuiltPage.All(await RealSite.SharedOutputAsync(), "en");
        var glossary = pages.Single(p => p.Article.QuerySelector(".glossary") is not null);

        // Then each is used on some English page, and the glossary has an entry for it with an explanation
        var wrong = new List<string>();
        foreach (var word in words)
        {
            var pattern = new Regex(@"(?<!\p{L})" + Regex.Escape(word) + @"(?!\p{L})");
            if (!pages.Any(p => p != glossary && pattern.IsMatch(p.Article.TextContent)))
            {
                wrong.Add($"'{word}' is on no English page");
            }

            var entry = glossary.Article.QuerySelectorAll(".glossary-entry").FirstOrDefault(e => e.QuerySelectorAll("dt, dd.glossary-english").Any(t => pattern.IsMatch(t.TextContent)));
            if (entry is null || entry.QuerySelectorAll("dd").Last().TextContent.Trim().Length < 20)
            {
                wrong.Add($"'{word}' has no explained entry in {glossary.Path}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Should_Mark_Danish_Words_On_English_Pages()
    {
        // Given the Danish words the English edition keeps
        var words = ((YamlSequenceNode)Terminology()["danishWords"]).Select(w => w.ToString()).ToList();
        Assert.NotEmpty(words);

        // When each text on the English pages is checked for them
        var unmarked = new List<string>();
        foreach (var page in BuiltPage.All(await RealSite.SharedOutputAsync(), "en"))
        {
            foreach (var node in page.Document.Body!.Descendants<IText>())
            {
                var language = node.ParentElement?.Closest("[lang]")?.GetAttribute("lang");
                unmarked.AddRange(words.Where(w => language != "da" && node.Data.Contains(w, StringComparison.OrdinalIgnoreCase))
                    .Select(w => $"{page.Path}: '{w}' in '{Space(node.Data)}'"));
            }
        }

        // Then each stands inside an element marked lang="da"
        Assert.True(unmarked.Count == 0, string.Join("\n", unmarked));
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Use_Typographic_Quotes_And_Apostrophes(string language)
    {
        // Given the text of the language's pages (code samples for embedding aside)
        var straight = new List<string>();
        foreach (var page in BuiltPage.All(await RealSite.SharedOutputAsync(), language))
        {
            foreach (var node in page.Document.Body!.Descendants<IText>().Where(n => n.ParentElement?.Closest("code, pre, textarea, style") is null))
            {
                // Then none has a straight quote or apostrophe
                if (node.Data.Contains('\'') || node.Data.Contains('"'))
                {
                    straight.Add($"{page.Path}: '{Space(node.Data)}'");
                }
            }
        }

        Assert.True(straight.Count == 0, string.Join("\n", straight));
    }

    private static bool NamesBothPoles(string text, Balance balance) =>
        text.Contains(Stem(balance.Left.Name), StringComparison.OrdinalIgnoreCase) && text.Contains(Stem(balance.Right.Name), StringComparison.OrdinalIgnoreCase);

    // The pole's first word, cut to its stem, so that "Fleksibel" finds "fleksible" and "Individual" finds "individual".
    private static string Stem(string pole)
    {
        var word = pole.Split(' ')[0];
        return word.Length > 6 ? word[..6] : word;
    }

    private static LanguageData Data(string language)
    {
        var diagnostics = new DiagnosticBag();
        var data = DataLoader.Load(Path.Combine(RepoPaths.Input, language), language, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return data;
    }

    private static YamlMappingNode Terminology()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Input, "terminology.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string Space(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
