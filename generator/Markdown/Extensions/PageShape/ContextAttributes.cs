using Markdig.Renderers.Html;
using Markdig.Syntax;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace MaalMedMening.Generator.Markdown.Extensions.PageShape;

/// <summary>Writes a block's attributes as Markdig does, with its id under the prefix of the page being written.</summary>
internal static class ContextAttributes
{
    public static void Write(MarkdigHtmlRenderer renderer, MarkdownObject block, RenderContext context)
    {
        var attributes = block.TryGetAttributes();
        if (attributes?.Id is null || context.IdPrefix.Length == 0)
        {
            renderer.WriteAttributes(block);
            return;
        }

        // A copy: the document is shared by every page it is written on.
        var prefixed = new HtmlAttributes();
        attributes.CopyTo(prefixed);
        prefixed.Id = context.Id(attributes.Id);
        renderer.WriteAttributes(prefixed);
    }
}
