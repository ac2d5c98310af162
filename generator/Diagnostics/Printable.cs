using System.Globalization;
using System.Text;

namespace MaalMedMening.Generator.Diagnostics;

/// <summary>
/// Content-derived text made safe to print on one terminal line: control characters (an ESC that would retitle the
/// terminal or clear the screen, a NUL, a newline decoded from <c>&amp;#10;</c> that would split an error over two
/// lines) and the invisible bidirectional overrides are shown as <c>\u001B</c>-style escapes instead of acting.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>A C0 or C1 control character, DEL, or a bidirectional embedding, override or isolate.</summary>
    public static bool IsControl(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool NeedsEscape(char c) => IsControl(c);
}
