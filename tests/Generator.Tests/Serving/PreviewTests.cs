using System.Net;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Serving;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Serving;

/// <summary>
/// <c>serve</c> as the reader's browser meets it (issue #16): pages that reload after each build, the errors of a
/// failed build on every page until the next good one, drafts without their twin; output/ keeps no script.
/// </summary>
public sealed class PreviewTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>A preview server as <c>serve</c> makes it, on a free port, over a small site; builds are started by the test, not by a watcher.</summary>
    private sealed class Preview : IAsyncDisposable
    {
        private readonly StringWriter _terminal = new();

        private Preview(TestSite site)
        {
            Site = site;
            var options = new BuildOptions(site.Input, site.Output, RepoPaths.Theme) { InPlace = true, AllowMissingTranslations = true };
            Server = new PreviewServer(options, 0, (wrap, errors) => BuildCommand.RunAsync(options, TextWriter.Null, errors, wrap), TextWriter.Synchronized(_terminal));
        }

        public TestSite Site { get; }

        public PreviewServer Server { get; }

        public HttpClient Http { get; } = new() { Timeout = Patience };

        public string Terminal => _terminal.ToString();

        public static async Task<Preview> StartAsync(TestSite site)
        {
            var preview = new Preview(site);
            await preview.Server.BuildAsync();
            // The test starts each build itself, so that the versions it compares are its builds'.
            preview.Http.BaseAddress = new Uri(await preview.Server.StartAsync(watch: false));
            return preview;
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Should_Add_The_Reload_Script_To_Served_Pages_But_Not_To_The_Output()
    {
        // Given a site served by the preview
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);

        // When a page, the stylesheet and the script are fetched
        var page = await preview.Http.GetStringAsync("da/forord/");
        var file = site.OutputText("da/forord/index.html");
        var stylesheet = Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").Single();
        var served = await preview.Http.GetByteArrayAsync("assets/" + Path.GetFileName(stylesheet));
        var script = await preview.Http.GetAsync("_preview/reload.js");

        // Then the served page has the script, with a policy that lets it in; the file in output/ has neither
        Assert.Contains($"<script src=\"/_preview/reload.js\" data-version=\"{preview.Server.State.Version}\"></script>\n</body>", page);
        Assert.Contains("script-src &#39;self&#39;; connect-src &#39;self&#39;", page);
        Assert.DoesNotContain("<script", file);
        Assert.DoesNotContain("script-src", file);
        Assert.Equal(PreviewHtml.Inject(file, preview.Server.State.Version), page);
        Assert.Equal(await File.ReadAllBytesAsync(stylesheet), served);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Show_The_Errors_On_Every_Page_Until_The_Next_Good_Build()
    {
        // Given a served site whose Danish foreword gets a link to a missing page on line 9
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);
        var good = preview.Server.State.Version;
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Se <her> [her](mangler.md)."));

        // When it is built
        Assert.Equal(1, await preview.Server.BuildAsync());

        // Then every page served shows the error at its line, escaped, and the script that reloads after the next build
        var failed = preview.Server.State.Version;
        Assert.NotEqual(good, failed);
        foreach (var path in new[] { "da/", "en/foreword/", "da/forord/index.html" })
        {
            var response = await preview.Http.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Matches(@"<li>[^<]*da/forord\.md:9: error: [^<]* \[MM020\]</li>", html);
            Assert.Contains($"data-version=\"{failed}\"", html);
        }

        // And other files are still served, and the terminal had the same line
        var stylesheet = Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").Single();
        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync("assets/" + Path.GetFileName(stylesheet))).StatusCode);
        Assert.Matches(@"da/forord\.md:9: error: .* \[MM020\]", preview.Terminal);

        // When the page is fixed and built again
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Rettet tekst."));
        Assert.Equal(0, await preview.Server.BuildAsync());

        // Then the page is served again, with the new text
        var page = await preview.Http.GetAsync("da/forord/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Rettet tekst.", await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain("build-errors", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Signal_Each_New_Build_On_The_Event_Stream()
    {
        // Given a served site and a page listening to the build's events
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);
        using var cancel = new CancellationTokenSource(Patience);
        using var response = await preview.Http.GetAsync("_preview/events", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        var first = await NextVersionAsync(events, cancel.Token);

        // When an input file changes and the site is built again
        site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Ny tekst."));
        Assert.Equal(0, await preview.Server.BuildAsync());

        // Then the stream first said the version the pages were served with, then a new one
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var second = await NextVersionAsync(events, cancel.Token);
        Assert.NotEqual(first, second);
        Assert.Equal(preview.Server.State.Version, second);
    }

    private static async Task<string> NextVersionAsync(StreamReader events, CancellationToken cancel)
    {
        while (await events.ReadLineAsync(cancel) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line["data: ".Length..];
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    [Fact]
    public async Task Should_Build_A_Page_Without_Its_Twin_As_A_Draft_In_Serve_Only()
    {
        // Given a Danish page whose English twin is not written yet
        using var site = new TestSite();
        site.Write("da/udkast.md", TestSite.Page("Udkast", "draft", "udkast", "Halvfærdig tekst.", weight: 20));

        // When serve builds it, and build builds it
        await using var preview = await Preview.StartAsync(site);
        var page = site.OutputText("da/udkast/index.html");
        var build = await site.BuildAsync();

        // Then serve builds the page with a note naming the missing language, and warns at the file's first line
        Assert.Contains("<p class=\"translation-missing\" role=\"note\">translationMissing da English</p>", page);
        Assert.Matches(@"da/udkast\.md:1: warning: page 'draft' has no en twin.* \[MM012\]", preview.Terminal);
        Assert.Empty(preview.Server.State.Problems);
        // And its switch leads to the English home page, while its hreflang links name only itself
        Assert.Contains("<a href=\"../../en/\" hreflang=\"en\" lang=\"en\">English</a>", page);
        Assert.DoesNotContain("hreflang=\"en\" href=", page);
        Assert.DoesNotContain("translation-missing", site.OutputText("da/forord/index.html"));
        // And build still fails at the same line with the same code
        Assert.Equal(1, build.ExitCode);
        Assert.Contains(build.ErrorLines, l => l.StartsWith("input/da/udkast.md:1: error: page 'draft' has no en twin", StringComparison.Ordinal) && l.EndsWith("[MM012]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Give_A_Draft_Without_Its_Default_Language_Twin_No_X_Default_Like_The_Sitemap()
    {
        // Given an English page whose Danish twin (the default language's) is not written yet
        using var site = new TestSite();
        site.Write("en/draft.md", TestSite.Page("Draft", "draft", "draft", "Half done.", weight: 20));

        // When serve builds it
        await using var preview = await Preview.StartAsync(site);
        var page = site.OutputText("en/draft/index.html");
        var sitemap = site.OutputText("sitemap.xml");

        // Then the page and the sitemap both name only the English version, and neither has an x-default
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.dk/maalmedmening/en/draft/\" />", page);
        Assert.DoesNotContain("hreflang=\"x-default\"", page);
        var entry = sitemap[sitemap.IndexOf("<loc>https://example.dk/maalmedmening/en/draft/</loc>", StringComparison.Ordinal)..];
        entry = entry[..entry.IndexOf("</url>", StringComparison.Ordinal)];
        Assert.Contains("hreflang=\"en\"", entry);
        Assert.DoesNotContain("hreflang=\"x-default\"", entry);
        Assert.DoesNotContain("hreflang=\"da\"", entry);
        Assert.Contains("hreflang=\"x-default\"", site.OutputText("en/foreword/index.html"));
    }

    [Fact]
    public void Should_Escape_Each_Problem_And_Let_Only_The_Preview_Script_In()
    {
        // Given a problem line with markup and a page policy that forbids script
        var page = PreviewHtml.ErrorPage(["input/da/a.md:3: error: the link '<script>' is broken [MM020]"], "v1");
        var policy = PreviewHtml.Relax("default-src 'none'; script-src 'none'; style-src 'self'");

        // Then the line is text, and the policy allows script and its events from this host only
        Assert.Contains("<li>input/da/a.md:3: error: the link &#39;&lt;script&gt;&#39; is broken [MM020]</li>", page);
        Assert.Equal("default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'", policy);
    }

    [Fact]
    public void Should_Number_Only_The_Errors_On_The_Error_Page()
    {
        // Given a failed build's lines: an error, the note on held-back findings, the summary (issue #29)
        var page = PreviewHtml.ErrorPage(
            ["input/da/a.md:3: error: broken [MM020]", "note: 2 finding(s) … are not shown", "Build failed: 1 error(s); output was not changed."], "v1");

        // Then the list holds the one error; the note and the summary are paragraphs after it
        var list = page[page.IndexOf("<ol", StringComparison.Ordinal)..page.IndexOf("</ol>", StringComparison.Ordinal)];
        Assert.Equal(1, list.Split("<li>").Length - 1);
        Assert.Contains("<p>Build failed: 1 error(s); output was not changed.</p>", page);
        Assert.Contains("<p>note: 2 finding(s) … are not shown</p>", page);
    }
}
