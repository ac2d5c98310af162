using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace MaalMedMening.Generator.Markdown.Extensions.PullQuotes;

/// <summary>
/// A block quote whose last paragraph starts with an em dash is a pull quote: that paragraph names the speaker and
/// becomes the figure's caption. Any other quote is written as Markdig writes it.
/// </summary>
public sealed class PullQuoteRenderer : QuoteBlockRenderer
{
    private const char Attribution = '—';

    protected override void Write(MarkdigHtmlRenderer renderer, QuoteBlock quote)
    {
        if (!renderer.EnableHtmlForBlock || quote.LastChild is not ParagraphBlock { Inline: { } speaker } || !StartsWithAttribution(speaker))
        {
            base.Write(renderer, quote);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<figure class=\"pullquote\"><blockquote").WriteAttributes(quote).WriteLine(">");
        var savedImplicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        for (var i = 0; i < quote.Count - 1; i++)
        {
            renderer.Write(quote[i]);
        }

        renderer.ImplicitParagraph = savedImplicitParagraph;
        // The line the speaker's paragraph stood on stays, as pull quotes have always been written.
        renderer.WriteLine();
        renderer.Write("</blockquote><figcaption>");
        WriteSpeaker(renderer, speaker);
        renderer.WriteLine("</figcaption></figure>");
    }

    private static bool StartsWithAttribution(ContainerInline paragraph) =>
        LeadingText(paragraph, out _).TrimStart().StartsWith(Attribution);

    // The dash and the spaces around it go; the rest of the paragraph (links, emphasis) is written as usual.
    private static void WriteSpeaker(MarkdigHtmlRenderer renderer, ContainerInline paragraph)
    {
        var text = LeadingText(paragraph, out var rest);
        renderer.WriteEscape(text.TrimStart().TrimStart(Attribution).TrimStart());
        for (var inline = rest; inline is not null; inline = inline.NextSibling)
        {
            renderer.Write(inline);
        }
    }

    // The text before the first inline that is not plain text: what a browser sees as the paragraph's first text node.
    private static string LeadingText(ContainerInline paragraph, out Inline? rest)
    {
        var text = new StringBuilder();
        rest = paragraph.FirstChild;
        while (rest is LiteralInline literal)
        {
            text.Append(literal.Content.AsSpan());
            rest = rest.NextSibling;
        }

        return text.ToString();
    }
}
