namespace MaalMedMening.Generator.Output;

/// <summary>
/// The site's Content-Security-Policy, kept here only: no script sources at all; framing allowed from any site for
/// the embed pages and only from the site itself elsewhere. It is sent twice: as a <c>_headers</c> file, which Netlify
/// and Cloudflare Pages read, and in a meta element of every page, for hosts such as GitHub Pages that send no
/// headers of the site's. Browsers ignore <c>frame-ancestors</c> in a meta element, so the meta policies leave it out
/// and framing is the host's to restrict (README.md, "Deploy"). deploy/nginx/maalmedmening.conf sends the same headers;
/// a test (tests/Site.BrowserTests/HostingTests.cs) compares the two file by file.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of every page but the embed pages, as a meta element can carry it.</summary>
    public const string MetaPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'";

    /// <summary>The embed pages' policy as a meta element can carry it: their <c>&lt;base target="_top"&gt;</c> needs base-uri 'self'.</summary>
    public const string EmbedMetaPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'self'";

    public const string Policy = MetaPolicy + "; frame-ancestors 'self'";

    public const string EmbedPolicy = EmbedMetaPolicy + "; frame-ancestors *";

    /// <summary>Pages and unhashed files are revalidated on every use, so that a new build reaches readers at once.</summary>
    public const string Revalidate = "no-cache";

    /// <summary>A file whose name carries its content's hash never changes; a new build gives it a new name.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>How a hashed file name ends (<c>assets/site.0123abcd.css</c>); deploy/nginx/maalmedmening.conf matches the same pattern.</summary>
    public static readonly System.Text.RegularExpressions.Regex HashedName = new(@"\.[0-9a-f]{8,}\.(?:css|svg|png|woff2)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public const string FileName = "_headers";

    /// <summary>
    /// The headers of every file: each language's folder, <c>embed/</c> and <c>pdf/</c> by one rule each, and every
    /// other file the site writes (<paramref name="siteFiles"/>: the chooser, 404 page, sitemap, assets …) by its own,
    /// so that no address gets two policies (Netlify and Cloudflare join the values of rules that both match).
    /// </summary>
    public static OutputFile Write(Uri siteUrl, IReadOnlyList<string> languages, IEnumerable<string> siteFiles)
    {
        var root = siteUrl.AbsolutePath;
        var folders = languages.Select(l => l + "/").Append(EmbedPages.Folder + "/").Append(PdfPlan.Folder + "/").ToList();
        var lines = new List<string>
        {
            $"{root}*",
            "  X-Content-Type-Options: nosniff",
            "  Referrer-Policy: strict-origin-when-cross-origin",
        };
        void Rule(string path, string policy, string cache)
        {
            lines.Add(path);
            lines.Add($"  Content-Security-Policy: {policy}");
            lines.Add($"  Cache-Control: {cache}");
        }

        Rule(root, Policy, Revalidate);
        foreach (var folder in folders)
        {
            Rule($"{root}{folder}*", folder == EmbedPages.Folder + "/" ? EmbedPolicy : Policy, Revalidate);
        }

        foreach (var file in siteFiles.Where(f => f != FileName && !folders.Any(d => f.StartsWith(d, StringComparison.Ordinal))).Order(StringComparer.Ordinal))
        {
            Rule($"{root}{file}", Policy, HashedName.IsMatch(file) ? Immutable : Revalidate);
        }

        return OutputFile.Text(FileName, string.Join('\n', lines) + "\n");
    }
}
