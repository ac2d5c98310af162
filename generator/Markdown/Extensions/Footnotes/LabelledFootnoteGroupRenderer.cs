using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using MaalMedMening.Theme.Models;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace MaalMedMening.Generator.Markdown.Extensions.Footnotes;

/// <summary>
/// Writes a page's footnotes as a section labelled by its own heading (in the page's language), instead of
/// Markdig's unlabelled <c>div</c> with a rule, so that screen-reader users can find and name them.
/// </summary>
public sealed class LabelledFootnoteGroupRenderer(RenderContext context) : HtmlObjectRenderer<FootnoteGroup>
{
    public const string HeadingId = "footnotes-heading";

    protected override void Write(MarkdigHtmlRenderer renderer, FootnoteGroup footnotes)
    {
        var id = context.Id(HeadingId);
        var tag = "h" + context.Level(2).ToString(CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write($"<section class=\"footnotes\" aria-labelledby=\"{id}\"><{tag} id=\"{id}\">")
            .Write(HtmlText.Escape(context.Text[StringKeys.Footnotes]))
            .WriteLine($"</{tag}><ol>");
        foreach (var footnote in footnotes.OfType<Footnote>())
        {
            renderer.WriteLine($"<li id=\"{context.Id("fn:" + footnote.Order.ToString(CultureInfo.InvariantCulture))}\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol></section>");
    }
}
