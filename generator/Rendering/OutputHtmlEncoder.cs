using System.Text.Encodings.Web;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// The encoder the Razor renderer writes text and attribute values with: only what HTML needs is escaped
/// (&amp; &lt; &gt; &quot; and the no-break space), so that Danish letters stay readable in the files, as the
/// pages have always been written. The pages declare UTF-8. Control characters (other than tab and line breaks), which
/// no HTML may hold and the input checks refuse, are dropped should one get this far.
/// </summary>
public sealed class OutputHtmlEncoder : HtmlEncoder
{
    public static readonly OutputHtmlEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '&' or '<' or '>' or '"' or 0xA0 || IsDropped(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        var special = span.IndexOfAny("&<>\"\u00A0");
        var end = special < 0 ? span.Length : special;
        for (var i = 0; i < end; i++)
        {
            if (IsDropped(span[i]))
            {
                return i;
            }
        }

        return special;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            0xA0 => "&nbsp;",
            _ when IsDropped(unicodeScalar) => "",
            _ => char.ConvertFromUtf32(unicodeScalar),
        };
        if (replacement.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        replacement.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = replacement.Length;
        return true;
    }

    private static bool IsDropped(int scalar) => scalar is < 0x20 and not ('\t' or '\n' or '\r') or (>= 0x7F and <= 0x9F);
}
