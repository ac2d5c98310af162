using System.Net;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Read-only checks over a finished page, without building a DOM: the ids it offers (for #fragment checks), ids that
/// stand twice, and anything that would run script (a template could write one). The page is our own output, so every
/// '&lt;' in text is escaped and every attribute value is quoted; a start tag is therefore found by its '&lt;'.
/// </summary>
public static class PageCheck
{
    public sealed record Result(IReadOnlySet<string> Ids, IReadOnlyList<string> DuplicateIds, IReadOnlyList<string> ScriptFindings);

    public static Result Run(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var findings = new List<string>();
        for (var at = html.IndexOf('<'); at >= 0 && at < html.Length; at = html.IndexOf('<', at))
        {
            at = ReadTag(html, at + 1, (element, name, value) =>
            {
                if (name is null)
                {
                    if (element.Equals("script", StringComparison.OrdinalIgnoreCase))
                    {
                        findings.Add("a <script> element");
                    }
                }
                else if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"an event-handler attribute '{name}' on <{element}>");
                }
                else if (value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"a javascript: address in '{name}' of <{element}>");
                }
                else if (name.Equals("id", StringComparison.OrdinalIgnoreCase) && !ids.Add(value))
                {
                    duplicates.Add(value);
                }
            });
        }

        return new Result(ids, duplicates, findings);
    }

    /// <summary>Reads one tag from just after its '&lt;'; tells the element (attribute null) and each attribute. Returns where reading goes on.</summary>
    private static int ReadTag(string html, int at, Action<string, string?, string> seen)
    {
        if (at < html.Length && html[at] == '!')
        {
            // A comment or the doctype.
            var end = string.CompareOrdinal(html, at, "!--", 0, 3) == 0 ? html.IndexOf("-->", at, StringComparison.Ordinal) : html.IndexOf('>', at);
            return end < 0 ? html.Length : end + 1;
        }

        var start = at;
        while (at < html.Length && !char.IsWhiteSpace(html[at]) && html[at] is not ('>' or '/'))
        {
            at++;
        }

        var element = html[start..at];
        if (element.Length == 0 || element[0] == '/')
        {
            var end = html.IndexOf('>', at);
            return end < 0 ? html.Length : end + 1;
        }

        seen(element, null, "");
        while (at < html.Length)
        {
            while (at < html.Length && (char.IsWhiteSpace(html[at]) || html[at] == '/'))
            {
                at++;
            }

            if (at >= html.Length || html[at] == '>')
            {
                return at + 1;
            }

            var nameStart = at;
            while (at < html.Length && !char.IsWhiteSpace(html[at]) && html[at] is not ('=' or '>' or '/'))
            {
                at++;
            }

            var name = html[nameStart..at];
            var value = "";
            if (at < html.Length && html[at] == '=')
            {
                at++;
                var quote = at < html.Length ? html[at] : ' ';
                var valueStart = quote is '"' or '\'' ? at + 1 : at;
                var valueEnd = quote is '"' or '\''
                    ? html.IndexOf(quote, valueStart)
                    : html.IndexOfAny([' ', '\t', '\n', '>'], valueStart);
                valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                value = WebUtility.HtmlDecode(html[valueStart..valueEnd]);
                at = quote is '"' or '\'' ? valueEnd + 1 : valueEnd;
            }

            seen(element, name, value);
        }

        return at;
    }
}
