using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace MaalMedMening.Generator.Markdown.Extensions.PageShape;

/// <summary>Writes a heading at its level on the page being written, with its id (given after parsing) under the page's prefix.</summary>
public sealed class ContextHeadingRenderer(RenderContext context) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(MarkdigHtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + context.Level(heading.Level).ToString(CultureInfo.InvariantCulture);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write('<').Write(tag);
            ContextAttributes.Write(renderer, heading, context);
            renderer.Write('>');
        }

        renderer.WriteLeafInline(heading);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("</").Write(tag).WriteLine(">");
        }

        renderer.EnsureLine();
    }
}
