using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// The sentence around a place in a page's or a YAML file's text, as one line, so that a message can quote what an
/// editor is to change ("the sentence '… tre arbejdspladser …'") rather than only a line number: a paragraph's
/// sentence may start lines above the number it states.
/// </summary>
public static partial class SentenceAt
{
    private const int MaxLength = 300;

    public static string Find(string text, int index)
    {
        var (start, end) = Block(text, index);
        var before = text.AsSpan(start, index - start);
        var from = start;
        for (var i = before.Length - 2; i >= 0; i--)
        {
            if (before[i] is '.' or '!' or '?' && char.IsWhiteSpace(before[i + 1]))
            {
                from = start + i + 1;
                break;
            }
        }

        var to = end;
        for (var i = index; i < end; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == end || char.IsWhiteSpace(text[i + 1])))
            {
                to = i + 1;
                break;
            }
        }

        var sentence = string.Join(' ', text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        sentence = Marker().Replace(sentence, "").TrimEnd('"', '\'');
        return sentence.Length <= MaxLength ? sentence : sentence[..(MaxLength - 1)] + "…";
    }

    /// <summary>The lines of the paragraph around <paramref name="index"/>: a blank line, a heading, a list item, a YAML key or '---' ends it.</summary>
    private static (int Start, int End) Block(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        while (start > 0 && !StartsBlock(Line(text, start)))
        {
            var previous = text.LastIndexOf('\n', Math.Max(0, start - 2)) + 1;
            if (Line(text, previous).Trim() is "" or "---")
            {
                break;
            }

            start = previous;
        }

        var end = text.IndexOf('\n', index) is var e and >= 0 ? e : text.Length;
        // A heading is one line: the paragraph under it is not its sentence.
        while (!Line(text, start).TrimStart().StartsWith('#') && end < text.Length && Line(text, end + 1) is var next && next.Trim() is not ("" or "---") && !StartsBlock(next))
        {
            end = text.IndexOf('\n', end + 1) is var n and >= 0 ? n : text.Length;
        }

        return (start, end);
    }

    private static string Line(string text, int start) =>
        text.IndexOf('\n', start) is var end and >= 0 ? text[start..end] : text[start..];

    private static bool StartsBlock(string line) => Marker().IsMatch(line.TrimStart());

    /// <summary>What opens a block rather than text: a heading's '#', a list item's or quote's mark, a YAML key and its quote.</summary>
    [GeneratedRegex(@"^(?:#{1,6}\s+|[-*+>]\s+|[0-9]+\.\s+|[a-zA-Z][\w-]*:\s+)[""']?", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
