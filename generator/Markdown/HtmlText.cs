using System.Text;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// Escapes text for HTML the way the site's pages have always been written: only the characters HTML needs
/// (&amp;, &lt;, &gt;, and &quot; inside attributes); letters outside ASCII stay as they are.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text) => Escape(text, attribute: false);

    public static string EscapeAttribute(string text) => Escape(text, attribute: true);

    private static string Escape(string text, bool attribute)
    {
        if (text.AsSpan().IndexOfAny(attribute ? "&\"\u00A0" : "&<>\u00A0") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' when !attribute => "&lt;",
                '>' when !attribute => "&gt;",
                '"' when attribute => "&quot;",
                '\u00A0' => "&nbsp;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
