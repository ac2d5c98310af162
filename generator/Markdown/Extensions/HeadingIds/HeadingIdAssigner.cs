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
        // A renderer set up for the pipeline (every extension adds its renderers) cost more than the heading it wrote:
        // made for each heading, 5 % of a 4,000-page build's CPU (perf). So one per thread and pipeline, its text cleared
        // before each heading; plain inline text leaves nothing else behind in it.
        var writer = _plainText is { } cached && ReferenceEquals(cached.Pipeline, pipeline) ? cached : _plainText = new PlainTextWriter(pipeline);
        writer.Text.GetStringBuilder().Clear();
        writer.Renderer.WriteLeafInline(heading);
        return writer.Text.ToString();
    }

    [ThreadStatic]
    private static PlainTextWriter? _plainText;

    private sealed class PlainTextWriter
    {
        public PlainTextWriter(MarkdownPipeline pipeline)
        {
            Pipeline = pipeline;
            Renderer = new MarkdigHtmlRenderer(Text) { EnableHtmlForInline = false, EnableHtmlEscape = false };
            pipeline.Setup(Renderer);
            // Markdig's own footnote link writes its tags even in plain text; ours writes the number a reader sees.
            Renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new LabelledFootnoteLinkRenderer(PlainTextContext));
        }

        public MarkdownPipeline Pipeline { get; }

        public StringWriter Text { get; } = new();

        public MarkdigHtmlRenderer Renderer { get; }
    }
}
