using MaalMedMening.Site.BrowserTests.Support;
using MaalMedMening.Generator.Rendering;
using System.Text.RegularExpressions;
using MaalMedMening.Generator.Output;
using MaalMedMening.Generator.Serving;
using Xunit.Abstractions;

namespace MaalMedMening.Site.BrowserTests;

/// <summary>
/// The site served as a webmaster would serve it: Debian's nginx with deploy/nginx/maalmedmening.conf included in a
/// server block of the host's own, over a build with --precompress under /maalmedmening/ (issue #17).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HostingTests(SiteFixture site, HostingFixture hosting, ITestOutputHelper log) : IClassFixture<HostingFixture>
{
    private static readonly string[] SiteHeaders = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cache-Control"];

    private static IReadOnlyList<string> Values(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? values.ToList()
            : [];

    /// <summary>The headers output/_headers gives an address, as Netlify and Cloudflare Pages read it: every matching rule, a trailing * matching any rest.</summary>
    private static Dictionary<string, List<string>> HeadersFileFor(string text, string path)
    {
        var headers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var matches = false;
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith(' '))
            {
                matches = line.EndsWith('*') ? path.StartsWith(line[..^1], StringComparison.Ordinal) : path == line;
            }
            else if (matches)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var name = line[..colon].Trim();
                if (!headers.TryGetValue(name, out var list))
                {
                    headers[name] = list = [];
                }

                list.Add(line[(colon + 1)..].Trim());
            }
        }

        return headers;
    }

    /// <summary>Every address a reader can ask for: each file, and each page by its folder address.</summary>
    private IEnumerable<string> PublicAddresses() =>
        hosting.BuiltFiles
            .Where(f => f != SecurityHeaders.FileName && !f.StartsWith('.') && !f.EndsWith(".gz", StringComparison.Ordinal) && !f.EndsWith(".br", StringComparison.Ordinal))
            .Select(f => HostingFixture.SubPath + (f == "index.html" || f.EndsWith("/index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f))
            .Order(StringComparer.Ordinal);

    [Fact]
    public async Task Should_Send_For_Every_File_The_Headers_Of_The_Headers_File_And_Keep_The_Hosts_Own()
    {
        // Given the build's _headers and the nginx file serving the same build
        var headersFile = await File.ReadAllTextAsync(Path.Combine(hosting.OutputFolder, SecurityHeaders.FileName));
        var addresses = PublicAddresses().ToList();
        Assert.True(addresses.Count > 60, $"only {addresses.Count} addresses");

        var problems = new List<string>();
        foreach (var address in addresses)
        {
            // When each address is fetched
            using var response = await hosting.GetAsync(address);

            // Then it answers 200 with, for each of the site's headers, exactly the one value _headers gives it
            var expected = HeadersFileFor(headersFile, address);
            if ((int)response.StatusCode != 200)
            {
                problems.Add($"{address}: HTTP {(int)response.StatusCode}");
                continue;
            }

            foreach (var name in SiteHeaders)
            {
                var wanted = expected.GetValueOrDefault(name) ?? [];
                var sent = Values(response, name);
                if (wanted.Count != 1 || !sent.SequenceEqual(wanted))
                {
                    problems.Add($"{address}: {name}: _headers [{string.Join(" | ", wanted)}], nginx [{string.Join(" | ", sent)}]");
                }
            }

            // And the host's own header, and a charset for every text type
            if (!Values(response, NginxHost.HostHeader).SequenceEqual([NginxHost.HostHeaderValue]))
            {
                problems.Add($"{address}: the host's {NginxHost.HostHeader} was dropped");
            }

            var type = response.Content.Headers.ContentType;
            if (Regex.IsMatch(address, @"(/|\.(html|css|svg|xml|txt))$") && type?.CharSet != "utf-8")
            {
                problems.Add($"{address}: Content-Type {type} has no utf-8 charset");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Should_Cache_Hashed_Assets_For_A_Year_As_Headers_File_Says_And_Revalidate_The_Rest()
    {
        // Given the built stylesheet, named by its content's hash, an unhashed asset beside it, and the _headers the build writes
        var hashed = BuiltStylesheet.RelativePathIn(hosting.OutputFolder);
        File.Copy(BuiltStylesheet.PathIn(hosting.OutputFolder), Path.Combine(hosting.OutputFolder, "assets", "site.css"), overwrite: true);
        var builtHeaders = await File.ReadAllTextAsync(Path.Combine(hosting.OutputFolder, "_headers"));
        var headersFile = System.Text.Encoding.UTF8.GetString(SecurityHeaders.Write(new Uri(hosting.SiteUrl), ["da", "en"], EmbedPages.Folder, ["assets/site.css", hashed]).Content);

        // When both are fetched
        using var immutable = await hosting.GetAsync(HostingFixture.SubPath + hashed);
        using var revalidated = await hosting.GetAsync(HostingFixture.SubPath + "assets/site.css");
        using var page = await hosting.GetAsync(HostingFixture.SubPath + "da/");

        // Then the hashed one is kept for a year, the unhashed one and the pages are revalidated, in nginx as in _headers
        Assert.Equal(["public, max-age=31536000, immutable"], Values(immutable, "Cache-Control"));
        Assert.Equal(HeadersFileFor(headersFile, HostingFixture.SubPath + hashed)["Cache-Control"], Values(immutable, "Cache-Control"));
        Assert.Equal(HeadersFileFor(builtHeaders, HostingFixture.SubPath + hashed)["Cache-Control"], Values(immutable, "Cache-Control"));
        Assert.Equal(["no-cache"], Values(revalidated, "Cache-Control"));
        Assert.Equal(HeadersFileFor(headersFile, HostingFixture.SubPath + "assets/site.css")["Cache-Control"], Values(revalidated, "Cache-Control"));
        Assert.Equal(["no-cache"], Values(page, "Cache-Control"));
        Assert.Equal([NginxHost.HostHeaderValue], Values(immutable, NginxHost.HostHeader));
    }

    [Fact]
    public async Task Should_Send_The_Precompressed_Stylesheet_And_Pages_To_A_Browser_That_Takes_Gzip()
    {
        // Given a page and its stylesheet
        const string pagePath = HostingFixture.SubPath + "da/forord/";
        var cssPath = HostingFixture.SubPath + BuiltStylesheet.RelativePathIn(hosting.OutputFolder);

        // When each is fetched with and without Accept-Encoding: gzip
        using var plainPage = await hosting.GetAsync(pagePath);
        using var plainCss = await hosting.GetAsync(cssPath);
        using var gzipPage = await hosting.GetAsync(pagePath, gzip: true);
        using var gzipCss = await hosting.GetAsync(cssPath, gzip: true);

        // Then the compressed answers are the build's own .gz files (gzip_static), marked as such and varying by encoding
        Assert.Equal(["gzip"], Values(gzipCss, "Content-Encoding"));
        Assert.Equal(["gzip"], Values(gzipPage, "Content-Encoding"));
        Assert.Contains("Accept-Encoding", Values(gzipCss, "Vary"));
        Assert.Empty(Values(plainCss, "Content-Encoding"));
        Assert.Equal(await File.ReadAllBytesAsync(BuiltStylesheet.PathIn(hosting.OutputFolder) + ".gz"), await gzipCss.Content.ReadAsByteArrayAsync());
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(hosting.OutputFolder, "da", "forord", "index.html.gz")), await gzipPage.Content.ReadAsByteArrayAsync());
        Assert.Equal(["text/css; charset=utf-8"], Values(gzipCss, "Content-Type"));

        var plain = (await plainPage.Content.ReadAsByteArrayAsync()).Length + (await plainCss.Content.ReadAsByteArrayAsync()).Length;
        var compressed = (await gzipPage.Content.ReadAsByteArrayAsync()).Length + (await gzipCss.Content.ReadAsByteArrayAsync()).Length;
        log.WriteLine($"da/forord/ + stylesheet: {plain} bytes plain, {compressed} bytes gzip");
        // At least halved: a lean page compresses less than a long one (14.9 kB → 5.0 kB for this one), so the bar is 2×, not the 3× a heavier page reached
        Assert.True(compressed * 2 < plain, $"{compressed} bytes compressed, {plain} plain");
    }

    [Theory]
    [InlineData("en/anything-missing/", "en/404.html", false)]
    [InlineData("da/findes-ikke/", "da/404.html", false)]
    [InlineData("en/missing.css", "en/404.html", false)]
    [InlineData("embed/en/missing/", "embed/en/404.html", true)]
    [InlineData("embed/da/missing/", "embed/da/404.html", true)]
    [InlineData("embed/da/questions/nope/", "embed/da/404.html", true)]
    [InlineData("embed/missing", "embed/404.html", true)]
    [InlineData("embed/xx/missing/", "embed/404.html", true)]
    [InlineData("missing/", "404.html", false)]
    [InlineData("xx/missing/", "404.html", false)]
    public async Task Should_Answer_A_Missing_Address_With_The_404_Page_Of_Its_Language(string path, string page, bool embed)
    {
        // Given the 404 page of the address's language and area (the default language's, for no language)
        var expected = await File.ReadAllTextAsync(Path.Combine(hosting.OutputFolder, page));

        // When the missing address is fetched
        using var response = await hosting.GetAsync(HostingFixture.SubPath + path);

        // Then it is that page, with status 404, its stylesheet reachable, and the area's policy
        Assert.Equal(404, (int)response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected, html);
        Assert.Equal(["text/html; charset=utf-8"], Values(response, "Content-Type"));
        var stylesheet = Regex.Match(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith(HostingFixture.SubPath, stylesheet);
        using var css = await hosting.GetAsync(stylesheet);
        Assert.Equal(200, (int)css.StatusCode);
        Assert.Contains(embed ? "frame-ancestors *" : "frame-ancestors 'self'", Values(response, "Content-Security-Policy").Single());
        Assert.Equal([NginxHost.HostHeaderValue], Values(response, NginxHost.HostHeader));
        Assert.Equal(embed, html.Contains("class=\"layout-embed\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public async Task Should_Keep_A_Missing_Embed_Inside_The_Hosts_Frame_And_Open_Its_Links_In_The_Whole_Window(string language)
    {
        // Given a page of another origin whose iframe asks the nginx-served site for an embed address that does not exist
        using var other = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(other.Path, "index.html"), $"""
            <!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>Kommunen</title></head><body>
            <iframe title="embed" src="{hosting.SiteUrl}embed/{language}/gone/" style="width:760px;height:400px"></iframe>
            </body></html>
            """);
        await using var host = await StaticFileHost.StartAsync(other.Path, port: 0);
        var page = await site.Browser.NewPatientPageAsync();

        // When it is opened
        await page.GotoAsync(host.BaseUrl);
        var frame = page.FrameLocator("iframe");
        await frame.Locator(".embed-credit a").WaitForAsync();

        // Then the frame shows the embed 404 page, without the site's header; every link in it opens in the whole window
        Assert.Equal(0, await frame.Locator(".site-header").CountAsync());
        Assert.Equal(0, await frame.Locator("link[rel=canonical]").CountAsync());
        var links = frame.Locator("a");
        Assert.True(await links.CountAsync() > 0);
        foreach (var link in await links.AllAsync())
        {
            Assert.Equal("_top", await link.GetAttributeAsync("target"));
        }

        // And following its link shows the guide's home in the whole window
        await frame.Locator(".embed-credit a").ClickAsync();
        await page.WaitForURLAsync($"{hosting.SiteUrl}{language}/");
        Assert.True(await page.Locator(".site-header").IsVisibleAsync());
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("da/forord/index.html.gz")]
    [InlineData("da/forord/index.html.br")]
    [InlineData("index.html.gz")]
    [InlineData("embed/da/overview/index.html.gz")]
    [InlineData("sitemap.xml.br")]
    public async Task Should_Send_Compressed_Copies_Only_For_Their_Page_Never_Under_Their_Own_Names(string path)
    {
        // Given a copy the build compressed (--precompress)
        Assert.True(File.Exists(Path.Combine(hosting.OutputFolder, path)), $"{path} is not in the output");

        // When it is asked for by its own name
        using var response = await hosting.GetAsync(HostingFixture.SubPath + path, gzip: true);

        // Then the answer is the 404 page, not the compressed file as a download
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("text/html", Values(response, "Content-Type").Single());
    }

    [Fact]
    public async Task Should_Mark_Every_Line_That_Names_The_Sub_Path_Or_The_Folder()
    {
        // Given the nginx file, whose header tells a host which marked lines to change for another sub-path or folder
        var lines = await File.ReadAllLinesAsync(NginxHost.RepositoryConfig);
        var directives = lines.Where(l => !l.TrimStart().StartsWith('#')).ToList();

        // Then every directive naming the sub-path or the folder carries its mark, and the header counts them right
        var subPath = directives.Where(l => l.Contains("/maalmedmening", StringComparison.Ordinal) && !l.Contains(NginxHost.DeployedFolder, StringComparison.Ordinal)).ToList();
        var folder = directives.Where(l => l.Contains(NginxHost.DeployedFolder, StringComparison.Ordinal)).ToList();
        Assert.All(subPath, l => Assert.EndsWith("# sub-path", l));
        Assert.All(folder, l => Assert.EndsWith("# folder", l));
        Assert.Equal(subPath.Count, directives.Count(l => l.EndsWith("# sub-path", StringComparison.Ordinal)));
        var header = string.Join("\n", lines.TakeWhile(l => l.StartsWith('#')));
        Assert.Contains($"on the {Words[subPath.Count]} lines marked `# sub-path`", header);
        Assert.Contains($"on the {Words[folder.Count]} lines marked `# folder`", header);
    }

    private static readonly string[] Words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    [Fact]
    public async Task Should_Redirect_The_Bare_Sub_Path_And_A_Folder_Without_Its_Slash()
    {
        // Given / When
        using var bare = await hosting.GetAsync("/maalmedmening");
        using var folder = await hosting.GetAsync(HostingFixture.SubPath + "en");

        // Then each goes to the address with its slash, as a path: relative, so that the scheme and host the reader used stay
        Assert.Equal(301, (int)bare.StatusCode);
        Assert.Equal(HostingFixture.SubPath, bare.Headers.Location?.OriginalString);
        Assert.Equal(301, (int)folder.StatusCode);
        Assert.Equal(HostingFixture.SubPath + "en/", folder.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("_headers")]
    [InlineData(".site-generator-output")]
    [InlineData("da/.hidden")]
    [InlineData("assets/")]
    [InlineData("embed/")]
    [InlineData("pdf/")]
    [InlineData("pdf/da/")]
    public async Task Should_Not_Serve_Host_Only_Files_Nor_List_A_Folder(string path)
    {
        // Given host-only files in the output and folders without an index page (pdf/ as the pdf command leaves it)
        Directory.CreateDirectory(Path.Combine(hosting.OutputFolder, "pdf", "da"));
        await File.WriteAllTextAsync(Path.Combine(hosting.OutputFolder, "da", ".hidden"), "host only");
        Assert.True(File.Exists(Path.Combine(hosting.OutputFolder, path)) || Directory.Exists(Path.Combine(hosting.OutputFolder, path)), $"{path} is not in the output");

        // When it is fetched
        using var response = await hosting.GetAsync(HostingFixture.SubPath + path);

        // Then the answer is the site's 404 page, not the file, a listing or a bare 403
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("<link rel=\"stylesheet\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_Redirect_Was_To_The_Accessibility_Statement_When_The_Host_Uncomments_It()
    {
        // Given the nginx file's optional /was line (uncommented by this host) and the statement's address in input/site.yml
        var config = await File.ReadAllTextAsync(NginxHost.RepositoryConfig);
        Assert.Contains(HostingFixture.WasLine, config);
        var statement = Regex.Match(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Input, "site.yml")), @"^accessibilityStatement:\s*(\S+)", RegexOptions.Multiline).Groups[1].Value;

        // When /was is fetched
        using var response = await hosting.GetAsync("/was");

        // Then it leads to the statement
        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal(statement, response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Should_Refuse_To_Be_Framed_By_Another_Site_Except_In_The_Embed_Area()
    {
        // Given a page of another origin that frames a full page and an embed page of the nginx-served site
        using var other = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(other.Path, "index.html"), $"""
            <!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Kommunen</title></head><body>
            <iframe name="page" title="page" src="{hosting.SiteUrl}da/forord/"></iframe>
            <iframe name="embed" title="embed" src="{hosting.SiteUrl}embed/da/overview/"></iframe>
            </body></html>
            """);
        await using var host = await StaticFileHost.StartAsync(other.Path, port: 0);
        var page = await site.Browser.NewPatientPageAsync();

        // When it is opened in Chromium
        await page.GotoAsync(host.BaseUrl);

        // Then the embed page shows, and the full page is refused
        var embed = page.FrameLocator("iframe[name=embed]");
        await embed.Locator(".embed-credit").WaitForAsync();
        var framed = page.Frames.Single(f => f.Name == "page");
        Assert.StartsWith("chrome-error:", framed.Url);
        Assert.Equal(0, await page.FrameLocator("iframe[name=page]").Locator("main").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public void Should_Log_No_Warning_In_Nginx()
    {
        // Given the nginx that served the other tests' requests (its configuration warnings are logged at start)
        // Then
        Assert.DoesNotContain("[warn]", hosting.Nginx.ErrorLog);
        Assert.DoesNotContain("[emerg]", hosting.Nginx.ErrorLog);
    }
}
