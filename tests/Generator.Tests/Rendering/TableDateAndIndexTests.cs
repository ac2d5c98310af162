using System.Text;
using System.Xml.Linq;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Rendering;

/// <summary>Finding the way: stacked tables, last updated, the sitemap's lastmod, the indexes.</summary>
public sealed class TableDateAndIndexTests
{
    [Fact]
    public async Task Should_Write_A_Markdown_Table_With_Roles_And_Each_Cell_Labelled_By_Its_Column()
    {
        // Given a page with a Markdown table
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "| Navn | *Rolle* |\n|---|---|\n| Ane | Leder |\n| Bo | |"));

        // When built
        var outcome = await site.BuildAsync();
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var html = site.OutputText("da/forord/index.html");

        // Then the table states its roles and every data cell carries its column's heading as plain text
        Assert.Contains("""
            <table class="stack" role="table">
            <thead>
            <tr>
            <th scope="col">Navn</th>
            <th scope="col"><em>Rolle</em></th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td data-label="Navn">Ane</td>
            <td data-label="Rolle">Leder</td>
            </tr>
            <tr>
            <td data-label="Navn">Bo</td>
            <td data-label="Rolle"></td>
            </tr>
            </tbody>
            </table>
            """.Replace("\r", ""), html);
    }

    [Fact]
    public async Task Should_Show_No_Date_And_Write_No_Lastmod_Outside_A_Repository()
    {
        // Given a site in a folder that is not a git repository, and no lastmod
        using var site = new TestSite();

        // When built
        var outcome = await site.BuildAsync(new Uri("https://example.dk/"));
        Assert.True(outcome.ExitCode == 0, outcome.Errors);

        // Then no page claims a date
        Assert.DoesNotContain("last-updated", site.OutputText("da/forord/index.html"));
        Assert.DoesNotContain("<lastmod>", site.OutputText("sitemap.xml"));
    }

    [Fact]
    public async Task Should_Take_The_Last_Commit_Date_Unless_Front_Matter_States_Lastmod()
    {
        // Given a site in a git repository, committed on a known day, where one page states its own date
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Tekst.", extra: "lastmod: 2024-12-24\n"));
        Git(site.Input, "init", "-q");
        Git(site.Input, "add", "-A");
        Git(site.Input, "-c", "user.name=T", "-c", "user.email=t@example.dk", "commit", "-q", "-m", "first");

        // When built
        var outcome = await site.BuildAsync(new Uri("https://example.dk/"));
        Assert.True(outcome.ExitCode == 0, outcome.Errors);

        // Then the front matter wins on its page, the commit date holds on the others, each in its language's words
        Assert.Contains("<p class=\"last-updated\">lastUpdated da <time datetime=\"2024-12-24\">24. dec 2024</time></p>", site.OutputText("da/forord/index.html"));
        Assert.Contains("<time datetime=\"2023-05-17\">17. maj 2023</time>", site.OutputText("en/foreword/index.html"));

        // And the sitemap says the same, as UTF-8 without a byte order mark
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "sitemap.xml"));
        Assert.NotEqual(0xEF, bytes[0]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", text);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(text).Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2024-12-24", urls["https://example.dk/da/forord/"]);
        Assert.Equal("2023-05-17", urls["https://example.dk/en/foreword/"]);
        Assert.Equal("2023-05-17", urls["https://example.dk/"]);
    }

    [Theory]
    [InlineData("2025-03-01", "2025-01-01", "2025-03-01")]
    [InlineData("2025-01-01", "2025-03-01", "2025-03-01")]
    public async Task Should_Date_The_Whole_Booklet_By_Its_Newest_Chapter(string chapter, string booklet, string expected)
    {
        // Given a whole-booklet page made of the foreword, each with its own date
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Tekst.", extra: $"lastmod: {chapter}\n"))
            .Write("en/foreword.md", TestSite.Page("Foreword", "foreword", "foreword", "Text.", extra: $"lastmod: {chapter}\n"))
            .Write("da/hele.md", TestSite.Page("Hele", "booklet", "hele", "{{< booklet keys=\"foreword\" >}}", 20, $"layout: booklet\nlastmod: {booklet}\n"))
            .Write("en/whole.md", TestSite.Page("Whole", "booklet", "whole", "{{< booklet keys=\"foreword\" >}}", 20, $"layout: booklet\nlastmod: {booklet}\n"));

        // When built
        var outcome = await site.BuildAsync(new Uri("https://example.dk/"));
        Assert.True(outcome.ExitCode == 0, outcome.Errors);

        // Then the whole booklet says the newer of its own date and its chapter's, on the page and in the sitemap
        Assert.Contains($"<time datetime=\"{expected}\">", site.OutputText("da/hele/index.html"));
        Assert.Contains($"<time datetime=\"{expected}\">", site.OutputText("en/whole/index.html"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(site.OutputText("sitemap.xml")).Root!.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal(expected, urls["https://example.dk/da/hele/"]);
    }

    [Fact]
    public void Should_Read_The_Newest_Date_Of_Each_File_From_One_Log()
    {
        // Given git's log, newest commit first
        var log = "\u00012025-03-02\n\nda/a.md\n\n\u00012025-01-01\n\nda/a.md\nen/b.md\n";

        // When read
        var dates = LastModified.Parse(log, "/site/input");

        // Then each file has the date of its newest commit
        Assert.Equal(new DateOnly(2025, 3, 2), dates["/site/input/da/a.md"]);
        Assert.Equal(new DateOnly(2025, 1, 1), dates["/site/input/en/b.md"]);
    }

    [Fact]
    public void Should_Sort_Danish_With_Ae_Oe_Aa_After_Z_By_The_Alphabet_Given_As_Data()
    {
        // Given the Danish alphabet from strings.yml
        var alphabet = new Alphabet("a b c d e f g h i j k l m n o p q r s t u v w x y z æ ø å");

        // When terms are sorted
        var sorted = new[] { "åbenhed", "Øko", "zebra", "Arbejde", "ærlig", "bonus", "aa" }.Order(alphabet).ToList();

        // Then æ, ø and å come after z, case aside
        Assert.Equal(["aa", "Arbejde", "bonus", "zebra", "ærlig", "Øko", "åbenhed"], sorted);
        Assert.Equal("Ø", alphabet.Initial("økonomi"));
    }

    [Fact]
    public async Task Should_Index_Keywords_And_Glossary_Terms_By_Letter_Linking_To_Pages_And_Headings()
    {
        // Given pages with keywords, one naming a heading, and a subject index page
        using var site = new TestSite();
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "## Første afsnit\n\nTekst.", extra: "keywords:\n  - økonomi\n  - Bonus: foerste-afsnit\n  - arbejde\n"));
        site.Write("en/foreword.md", TestSite.Page("Foreword", "foreword", "foreword", "## First section\n\nText.", extra: "keywords:\n  - bonus: first-section\n"));
        site.Write("da/register.md", TestSite.Page("Register", "subject-index", "register", "{{< subject-index >}}", weight: 20));
        site.Write("en/index-page.md", TestSite.Page("Index", "subject-index", "index-page", "{{< subject-index >}}", weight: 20));

        // When built
        var outcome = await site.BuildAsync();
        Assert.True(outcome.ExitCode == 0, outcome.Errors);
        var html = site.OutputText("da/register/index.html");

        // Then the letters come in Danish order, and each entry links to its page or heading
        Assert.Contains("<li><a href=\"#index-a\">A</a></li><li><a href=\"#index-b\">B</a></li><li><a href=\"#index-oe\">Ø</a></li>", html);
        Assert.Contains("<span class=\"index-term\">Bonus</span>", html);
        Assert.Contains("<a href=\"../forord/#foerste-afsnit\">Forord – Første afsnit</a>", html);
        Assert.Contains("<span class=\"index-term\">økonomi</span>", html);
        Assert.Contains("<a href=\"../forord/\">Forord</a>", html);
    }

    [Fact]
    public async Task Should_List_The_25_Questions_Of_The_Real_Site_Each_Linking_To_Its_Question()
    {
        // Given the real site
        var output = await RealSite.SharedOutputAsync();

        foreach (var (index, language) in new[] { ("da/alle-spoergsmaal/index.html", "da"), ("en/all-questions/index.html", "en") })
        {
            // When its question index is read
            var page = BuiltPage.Load(output, index);
            var links = page.Document.QuerySelectorAll(".question-index-item a").Select(a => a.GetAttribute("href")!).ToList();

            // Then it holds 25 distinct questions, each linking to an element with that id on an existing page
            Assert.Equal(25, links.Distinct().Count());
            foreach (var href in links)
            {
                var parts = href.Split('#');
                var target = BuiltPage.Load(output, Path.GetRelativePath(output, Path.GetFullPath(Path.Combine(output, Path.GetDirectoryName(index)!, parts[0], "index.html"))));
                Assert.True(target.Document.GetElementById(parts[1]) is not null, $"{language}: {href}");
            }
        }
    }

    private static void Git(string folder, params string[] arguments)
    {
        var git = ProcessRunner.Run(new ProcessRun("git", arguments)
        {
            WorkingDirectory = folder,
            Environment = new Dictionary<string, string?> { ["GIT_COMMITTER_DATE"] = "2023-05-17T12:00:00+00:00", ["GIT_AUTHOR_DATE"] = "2023-05-17T12:00:00+00:00" },
        });
        Assert.True(git.ExitCode == 0, git.Errors);
    }
}
