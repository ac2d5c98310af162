namespace MaalMedMening.Generator.Output;

/// <summary>
/// Security headers as a <c>_headers</c> file, which Netlify and Cloudflare Pages read: a Content-Security-Policy
/// with no script sources at all; framing allowed from any site for the embed pages and only from the site itself
/// elsewhere. The same policies are documented for nginx in README.md.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

    public const string EmbedPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'self'; frame-ancestors *";

    public static OutputFile Write(Uri siteUrl, IReadOnlyList<string> languages)
    {
        var root = siteUrl.AbsolutePath;
        var strict = new[] { root, $"{root}index.html", $"{root}404.html" }.Concat(languages.Select(l => $"{root}{l}/*"));
        var lines = new List<string>
        {
            $"{root}*",
            "  X-Content-Type-Options: nosniff",
            "  Referrer-Policy: strict-origin-when-cross-origin",
        };
        foreach (var path in strict)
        {
            lines.Add(path);
            lines.Add($"  Content-Security-Policy: {Policy}");
        }

        lines.Add($"{root}{EmbedPages.Folder}/*");
        lines.Add($"  Content-Security-Policy: {EmbedPolicy}");
        return OutputFile.Text("_headers", string.Join('\n', lines) + "\n");
    }
}
