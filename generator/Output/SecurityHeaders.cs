using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Output;

/// <summary>The <c>_headers</c> file (Netlify, Cloudflare Pages): the theme's <see cref="SecurityPolicy"/> for every page, and the framing one below the embed folder.</summary>
public static class SecurityHeaders
{
    public static OutputFile Write(Uri siteUrl, IReadOnlyList<string> languages, string embedFolder)
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
            lines.Add($"  Content-Security-Policy: {SecurityPolicy.Policy}");
        }

        lines.Add($"{root}{embedFolder}/*");
        lines.Add($"  Content-Security-Policy: {SecurityPolicy.EmbedPolicy}");
        return OutputFile.Text("_headers", string.Join('\n', lines) + "\n");
    }
}
