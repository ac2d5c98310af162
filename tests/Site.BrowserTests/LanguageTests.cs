using System.Text.Json;
using System.Text.RegularExpressions;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>
/// The language of every page and of every part in the other language is declared (issue #6; WCAG 3.1.1 and
/// 3.1.2, which the Danish agency checks every year), so that a screen reader speaks Danish words in Danish.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class LanguageTests(SiteFixture site)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Declared(string? Lang, string Title, string[] Switches, string[] Marked);

    private static string Other(string language) => language == "da" ? "en" : "da";

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Declare_The_Language_Of_Every_Page_And_Of_Every_Marked_Word(string language)
    {
        // Given the words the Markdown of this language marks as the other language ("*MED-udvalg*{lang=da}"), by page title
        var other = Other(language);
        var marked = MarkedPhrases(language, other);
        var findings = new List<string>();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var pages = site.EveryPage(language);
        var page = await site.OpenAsync(pages[0]);
        foreach (var path in pages)
        {
            // When a page is read (one round trip: the languages it declares where)
            var response = await page.GotoAsync(site.BaseUrl + path);
            Assert.True(response is { Ok: true }, $"{path}: HTTP {response?.Status}");
            var seen = JsonSerializer.Deserialize<Declared>(await page.EvaluateAsync<string>($$"""
                () => JSON.stringify({
                  lang: document.documentElement.getAttribute('lang'),
                  title: (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
                  switches: [...document.querySelectorAll('.language-switch a')].map(a => `${a.getAttribute('lang')} ${a.getAttribute('hreflang')}`),
                  marked: [...document.querySelectorAll('main [lang="{{other}}"]')].map(e => e.textContent.replace(/\s+/g, ' ').trim()),
                })
                """), Json)!;

            // Then the page is in the language of its folder
            if (seen.Lang != language)
            {
                findings.Add($"{path}: <html lang=\"{seen.Lang}\">, not \"{language}\"");
            }

            // And a page of the language's own folder (not an embed page, which has no header) has one language
            // switch link, which leads to the other language and is marked as written in it
            var own = path.StartsWith(language + "/", StringComparison.Ordinal);
            if (own && !seen.Switches.SequenceEqual([$"{other} {other}"]))
            {
                findings.Add($"{path}: language switch links with lang and hreflang [{string.Join(", ", seen.Switches)}], not one with \"{other}\"");
            }

            // And every word its Markdown marks as the other language is an element with that lang
            if (own)
            {
                titles.Add(seen.Title);
            }

            if (own && marked.TryGetValue(seen.Title, out var phrases))
            {
                findings.AddRange(phrases.Where(p => !seen.Marked.Contains(p))
                    .Select(p => $"{path}: '{p}' is marked {{lang={other}}} in the Markdown but has no lang=\"{other}\" on the page"));
            }
        }

        await page.CloseAsync();
        findings.AddRange(marked.Keys.Where(t => !titles.Contains(t)).Select(t => $"no {language} page has the title '{t}', whose Markdown marks words in {other}"));
        Assert.True(findings.Count == 0, string.Join('\n', findings));
        if (language == "en")
        {
            // The English edition quotes Danish terms throughout; finding none would mean this test read nothing.
            Assert.True(marked.Values.Sum(p => p.Count) > 10, $"only {marked.Values.Sum(p => p.Count)} Danish words are marked in input/en");
        }
    }

    [Fact]
    public async Task Should_Declare_The_Language_Of_Each_Part_Of_The_Language_Chooser()
    {
        var page = await site.OpenAsync("");

        // The chooser belongs to no language; each half is in its own, and its link says where it leads
        foreach (var language in new[] { "da", "en" })
        {
            var link = page.Locator($"a.chooser-link[hreflang={language}]");
            Assert.Equal(1, await link.CountAsync());
            Assert.Equal(language, await link.EvaluateAsync<string>("e => e.closest('[lang]').getAttribute('lang')"));
        }

        await page.CloseAsync();
    }

    [Fact]
    public async Task Should_Mark_Every_Danish_Term_On_The_English_Glossary()
    {
        var page = await site.OpenAsync(GlossaryPath("en"));

        // Every term is Danish (the English renderings are in the page's own language)
        var terms = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('dl.glossary dt')].map(e => e.closest('[lang]').getAttribute('lang') + ' ' + e.textContent)");
        Assert.True(terms.Length >= 10, $"only {terms.Length} terms");
        Assert.All(terms, t => Assert.StartsWith("da ", t));
        var renderings = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('dl.glossary .glossary-english')].map(e => e.closest('[lang]').getAttribute('lang'))");
        Assert.Equal(terms.Length, renderings.Length);
        Assert.All(renderings, l => Assert.Equal("en", l));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Should_Mark_Every_English_Rendering_On_The_Danish_Glossary()
    {
        var page = await site.OpenAsync(GlossaryPath("da"));

        // Every English rendering is marked English among the Danish terms and explanations
        var terms = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('dl.glossary dt')].map(e => e.closest('[lang]').getAttribute('lang'))");
        var renderings = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('dl.glossary .glossary-english')].map(e => e.closest('[lang]').getAttribute('lang') + ' ' + e.textContent)");
        Assert.True(renderings.Length >= 10, $"only {renderings.Length} English renderings");
        Assert.Equal(terms.Length, renderings.Length);
        Assert.All(renderings, r => Assert.StartsWith("en ", r));
        Assert.All(terms, l => Assert.Equal("da", l));
        await page.CloseAsync();
    }

    /// <summary>The one page of a language with the glossary, found by its content so that a new slug does not break the test.</summary>
    private string GlossaryPath(string language)
    {
        var pages = site.Pages(language)
            .Where(p => File.ReadAllText(Path.Combine(site.OutputFolder, p, "index.html")).Contains("<dl class=\"glossary\"", StringComparison.Ordinal))
            .ToList();
        Assert.True(pages.Count == 1, $"{pages.Count} {language} pages with the glossary: {string.Join(", ", pages)}");
        return pages[0];
    }

    /// <summary>Per page title, the phrases its Markdown marks as the other language with a generic attribute.</summary>
    private static Dictionary<string, List<string>> MarkedPhrases(string language, string other)
    {
        var marker = new Regex($@"(?<!\*)(\*{{1,2}}|_)(?<text>[^*_\n]+?)\1\{{lang={other}\}}");
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, language), "*.md", SearchOption.AllDirectories))
        {
            var diagnostics = new DiagnosticBag();
            var source = InputReader.Read(file, language, Path.GetRelativePath(Path.Combine(RepoPaths.Input, language), file), diagnostics);
            var parsed = source is null ? null : FrontMatterParser.Parse(source, diagnostics);
            Assert.True(parsed is not null, $"{file} could not be read: {string.Join("; ", diagnostics.ToSortedList().Select(d => d.Format()))}");
            var phrases = marker.Matches(parsed!.Body).Select(m => Whitespace().Replace(m.Groups["text"].Value, " ").Trim()).ToList();
            if (phrases.Count > 0)
            {
                result[parsed.Meta.Title] = phrases;
            }
        }

        return result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
