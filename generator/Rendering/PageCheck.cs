using System.Net;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// Read-only checks over a finished page, without building a DOM: the ids it offers (for #fragment checks), ids that
/// stand twice, and anything that would run script (a template could write one). The page is our own output, so every
/// '&lt;' in text is escaped and every attribute value is quoted; a start tag is therefore found by its '&lt;'.
/// It reads the page where it lies (the renderer's buffer), so that a page is not copied to be checked.
/// </summary>
public static class PageCheck
{
    /// <param name="HeadingIds">The ids of its headings (h1–h6) in page order: what a keyword may name.</param>
    public sealed record Result(IReadOnlySet<string> Ids, IReadOnlyList<string> DuplicateIds, IReadOnlyList<string> ScriptFindings)
    {
        public IReadOnlyList<string> HeadingIds { get; init; } = [];
    }

    public static Result Run(string html) => Run(html.AsSpan());

    public static Result Run(ReadOnlySpan<char> html)
    {
        var found = new Findings();
        var at = html.IndexOf('<');
        while (at >= 0 && at < html.Length)
        {
            at = ReadTag(html, at + 1, found);
            var next = at < html.Length ? html[at..].IndexOf('<') : -1;
            at = next < 0 ? -1 : at + next;
        }

        return new Result(found.Ids, found.Duplicates, found.Script) { HeadingIds = found.HeadingIds };
    }

    private sealed class Findings
    {
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public List<string> Duplicates { get; } = [];

        public List<string> HeadingIds { get; } = [];

        public List<string> Script { get; } = [];

        public void Element(ReadOnlySpan<char> element)
        {
            if (element.Equals("script", StringComparison.OrdinalIgnoreCase))
            {
                Script.Add("a <script> element");
            }
        }

        public void Attribute(ReadOnlySpan<char> element, ReadOnlySpan<char> name, ReadOnlySpan<char> raw)
        {
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                Script.Add($"an event-handler attribute '{name}' on <{element}>");
                return;
            }

            // Only a value with a character reference reads differently decoded; the others are read where they lie.
            var decoded = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : null;
            var value = decoded is null ? raw : decoded.AsSpan();
            if (value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                Script.Add($"a javascript: address in '{name}' of <{element}>");
            }
            else if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                var id = decoded ?? raw.ToString();
                if (!Ids.Add(id))
                {
                    Duplicates.Add(id);
                }
                else if (element is ['h' or 'H', >= '1' and <= '6'])
                {
                    HeadingIds.Add(id);
                }
            }
        }
    }

    /// <summary>Reads one tag from just after its '&lt;'; tells the element and each attribute. Returns where reading goes on.</summary>
    private static int ReadTag(ReadOnlySpan<char> html, int at, Findings found)
    {
        if (at < html.Length && html[at] == '!')
        {
            // A comment or the doctype.
            var end = html[at..].StartsWith("!--") ? html[at..].IndexOf("-->") : html[at..].IndexOf('>');
            return end < 0 ? html.Length : at + end + 1;
        }

        var start = at;
        while (at < html.Length && !char.IsWhiteSpace(html[at]) && html[at] is not ('>' or '/'))
        {
            at++;
        }

        var element = html[start..at];
        if (element.Length == 0 || element[0] == '/')
        {
            var end = html[at..].IndexOf('>');
            return end < 0 ? html.Length : at + end + 1;
        }

        found.Element(element);
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
            var value = ReadOnlySpan<char>.Empty;
            if (at < html.Length && html[at] == '=')
            {
                at++;
                var quote = at < html.Length ? html[at] : ' ';
                var valueStart = quote is '"' or '\'' ? at + 1 : at;
                var length = quote is '"' or '\''
                    ? html[valueStart..].IndexOf(quote)
                    : html[valueStart..].IndexOfAny(" \t\n>");
                var valueEnd = length < 0 ? html.Length : valueStart + length;
                value = html[valueStart..valueEnd];
                at = quote is '"' or '\'' ? valueEnd + 1 : valueEnd;
            }

            found.Attribute(element, name, value);
        }

        return at;
    }
}
