using System.Text.RegularExpressions;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The <c>_headers</c> file (Netlify, Cloudflare Pages): the theme's <see cref="SecurityPolicy"/> for every page, the
/// framing one below the embed folder, and a cache rule for every file. deploy/nginx/maalmedmening.conf sends the same
/// headers; a test (tests/Site.BrowserTests/HostingTests.cs) compares the two file by file.
/// </summary>
public static partial class SecurityHeaders
{
    /// <summary>Pages and unhashed files are revalidated on every use, so that a new build reaches readers at once.</summary>
    public const string Revalidate = "no-cache";

    /// <summary>A file whose name carries its content's hash never changes; a new build gives it a new name.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    public const string FileName = "_headers";

    /// <summary>How a hashed file name ends (<c>assets/site.0123abcd.css</c>); deploy/nginx/maalmedmening.conf matches the same pattern.</summary>
    public static Regex HashedName => HashedNamePattern();

    /// <summary>
    /// The headers of every file: each language's folder, the embed folder and <c>pdf/</c> by one rule each, and every
    /// other file the site writes (<paramref name="siteFiles"/>: the chooser, 404 page, sitemap, assets …) by its own,
    /// so that no address gets two policies (Netlify and Cloudflare join the values of rules that both match).
    /// </summary>
    public static OutputFile Write(Uri siteUrl, IReadOnlyList<string> languages, string embedFolder, IEnumerable<string> siteFiles)
    {
        var root = siteUrl.AbsolutePath;
        var embed = embedFolder + "/";
        var folders = languages.Select(l => l + "/").Append(embed).Append(SiteFiles.PdfFolder + "/").ToList();
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

        Rule(root, SecurityPolicy.Policy, Revalidate);
        foreach (var folder in folders)
        {
            Rule($"{root}{folder}*", folder == embed ? SecurityPolicy.EmbedPolicy : SecurityPolicy.Policy, Revalidate);
        }

        foreach (var file in siteFiles.Where(f => f != FileName && !folders.Any(d => f.StartsWith(d, StringComparison.Ordinal))).Order(StringComparer.Ordinal))
        {
            Rule($"{root}{file}", SecurityPolicy.Policy, HashedName.IsMatch(file) ? Immutable : Revalidate);
        }

        return OutputFile.Text(FileName, string.Join('\n', lines) + "\n");
    }

    [GeneratedRegex(@"\.[0-9a-f]{8,}\.(?:css|svg|png|woff2)$", RegexOptions.CultureInvariant)]
    private static partial Regex HashedNamePattern();
}
