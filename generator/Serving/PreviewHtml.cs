using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Serving;

/// <summary>
/// The preview's changes to the HTML it serves, and only to what it serves (output/ never has script): the reload
/// script before <c>&lt;/body&gt;</c>, a Content-Security-Policy that lets that one script in, and the error page.
/// </summary>
public static partial class PreviewHtml
{
    public const string Folder = "/_preview/";
    public const string ScriptPath = Folder + "reload.js";
    public const string EventsPath = Folder + "events";

    /// <summary>Opens the build's event stream and reloads the page when the version differs from the one it was served with.</summary>
    public const string Script = """
        // serve's live reload; added by the preview server only, never written to output/.
        (function () {
          var version = document.currentScript.getAttribute("data-version");
          var events = new EventSource("/_preview/events");
          events.onmessage = function (e) {
            if (e.data !== version) { events.close(); location.reload(); }
          };
        })();

        """;

    /// <summary>The page with the reload script and a policy that allows it (script and its event stream from this host).</summary>
    public static string Inject(string html, string version)
    {
        var withPolicy = PolicyMeta().Replace(html, match =>
            match.Groups[1].Value + WebUtility.HtmlEncode(Relax(WebUtility.HtmlDecode(match.Groups[2].Value))) + match.Groups[3].Value, 1);
        var tag = ScriptTag(version);
        var end = withPolicy.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? withPolicy + tag : withPolicy.Insert(end, tag + "\n");
    }

    /// <summary>A policy's script-src and connect-src replaced by 'self'; the other directives kept.</summary>
    public static string Relax(string policy)
    {
        var kept = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(d => !d.StartsWith("script-src", StringComparison.OrdinalIgnoreCase) && !d.StartsWith("connect-src", StringComparison.OrdinalIgnoreCase));
        return string.Join("; ", kept.Append("script-src 'self'").Append("connect-src 'self'"));
    }

    /// <summary>Every page while the last build failed: its lines, escaped, and the script, which reloads the page after the next build.</summary>
    /// <param name="title">The heading and sentence when the lines are not a failed build's (serve republishing the program, a compile error).</param>
    public static string ErrorPage(IReadOnlyList<string> problems, string version, (string Heading, string Intro)? title = null)
    {
        var (heading, intro) = title ?? ("Build failed", "The preview shows the last build's errors until the next good build; then this page reloads by itself.");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(heading)).Append(" – preview</title>\n")
            .Append("<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1d1d1b}")
            .Append("h1{color:#8a2a0a}li{font-family:ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere;margin:.5rem 0}</style>\n")
            .Append("</head>\n<body>\n<main>\n<h1>").Append(WebUtility.HtmlEncode(heading)).Append("</h1>\n")
            .Append("<p>").Append(WebUtility.HtmlEncode(intro)).Append("</p>\n")
            .Append("<ol class=\"build-errors\">\n");
        // Only the errors and warnings are numbered; the summary and the notes under them are not problems of their own.
        var numbered = problems.Where(IsProblem).ToList();
        foreach (var line in numbered)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(line)).Append("</li>\n");
        }

        html.Append("</ol>\n");
        foreach (var line in problems.Except(numbered))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        }

        html.Append("</main>\n").Append(ScriptTag(version)).Append("\n</body>\n</html>\n");
        return html.ToString();
    }

    private static bool IsProblem(string line) => line.Contains(": error: ", StringComparison.Ordinal) || line.Contains(": warning: ", StringComparison.Ordinal);

    private static string ScriptTag(string version) =>
        $"<script src=\"{ScriptPath}\" data-version=\"{WebUtility.HtmlEncode(version)}\"></script>";

    [GeneratedRegex("""(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")""", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyMeta();
}
