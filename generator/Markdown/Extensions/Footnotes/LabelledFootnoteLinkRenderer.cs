using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using MaalMedMening.Theme.Models;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace MaalMedMening.Generator.Markdown.Extensions.Footnotes;

/// <summary>Footnote references and back links with ids under the page's prefix; the back link says where it leads.</summary>
public sealed class LabelledFootnoteLinkRenderer(RenderContext context) : HtmlObjectRenderer<FootnoteLink>
{
    private const string BackArrow = "↩";

    protected override void Write(MarkdigHtmlRenderer renderer, FootnoteLink link)
    {
        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        var index = link.Index.ToString(CultureInfo.InvariantCulture);
        if (!renderer.EnableHtmlForInline)
        {
            // Plain text, as for a heading's id: what a reader sees.
            renderer.Write(link.IsBackLink ? BackArrow : order);
            return;
        }

        renderer.Write(link.IsBackLink
            ? $"<a href=\"#{context.Id("fnref:" + index)}\" class=\"footnote-back-ref\" aria-label=\"{HtmlText.EscapeAttribute(context.Text[StringKeys.FootnoteBack])}\">{BackArrow}</a>"
            : $"<a id=\"{context.Id("fnref:" + index)}\" href=\"#{context.Id("fn:" + order)}\" class=\"footnote-ref\"><sup>{order}</sup></a>");
    }
}
