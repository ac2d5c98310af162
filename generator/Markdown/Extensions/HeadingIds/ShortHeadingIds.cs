using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MaalMedMening.Generator.Markdown.Extensions.HeadingIds;

/// <summary>
/// Markdig's generic attributes take <c>{#id}</c> only when the id has two characters or more; a one-character
/// <c>{#x}</c> stayed in the heading's text. This reads it as the id it was meant to be, once the document is parsed.
/// </summary>
public static partial class ShortHeadingIds
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline is not { } inline)
            {
                continue;
            }

            // The text may be split into several literals at the '{' that the attribute parser looked at.
            var tail = new List<LiteralInline>();
            for (var node = inline.LastChild; node is LiteralInline literal; node = node.PreviousSibling)
            {
                tail.Insert(0, literal);
            }

            var text = string.Concat(tail.Select(l => l.Content.ToString()));
            if (ShortId().Match(text) is not { Success: true } match || !string.IsNullOrEmpty(heading.TryGetAttributes()?.Id))
            {
                continue;
            }

            foreach (var literal in tail)
            {
                literal.Remove();
            }

            var kept = text[..match.Index].TrimEnd();
            if (kept.Length > 0)
            {
                inline.AppendChild(new LiteralInline(new StringSlice(kept)));
            }

            heading.GetAttributes().Id = match.Groups[1].Value;
        }
    }

    [GeneratedRegex(@"\s*\{#([A-Za-z0-9])\}\s*$")]
    private static partial Regex ShortId();
}
