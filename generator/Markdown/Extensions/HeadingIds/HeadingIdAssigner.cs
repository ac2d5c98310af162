using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MaalMedMening.Generator.Markdown.Extensions.Footnotes;
using MaalMedMening.Theme.Models;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace MaalMedMening.Generator.Markdown.Extensions.HeadingIds;

/// <summary>
/// Gives every heading below the page title (level 2 and deeper) an id after parsing, so that each renderer of the
/// same document (the page, the whole booklet) writes the same id. A heading with an id from <c>{#id}</c> keeps it.
/// </summary>
public static class HeadingIdAssigner
{
    // Plain text needs no UI strings.
    private static readonly RenderContext PlainTextContext = new(new UiStrings("", new Dictionary<string, string>()));

    public static void Assign(Block block, HeadingIdAllocator ids, MarkdownPipeline pipeline)
    {
        IEnumerable<HeadingBlock> headings = block switch
        {
            HeadingBlock heading => [heading],
            ContainerBlock container => container.Descendants<HeadingBlock>(),
            _ => [],
        };
        foreach (var heading in headings.Where(h => h.Level >= 2))
        {
            var attributes = heading.GetAttributes();
            if (string.IsNullOrEmpty(attributes.Id))
            {
                attributes.Id = ids.Next(PlainText(heading, pipeline));
            }
        }
    }

    // The heading's text as a reader sees it (emphasis and links dropped, entities decoded), as the slug has always been made.
    public static string PlainText(HeadingBlock heading, MarkdownPipeline pipeline)
    {
        using var text = new StringWriter();
        var renderer = new MarkdigHtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        // Markdig's own footnote link writes its tags even in plain text; ours writes the number a reader sees.
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new LabelledFootnoteLinkRenderer(PlainTextContext));
        renderer.WriteLeafInline(heading);
        return text.ToString();
    }
}
