using Markdig;
using Markdig.Renderers;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>
/// Adds shortcode blocks to the parser. They have no HTML renderer on purpose: the page renderer
/// cuts the document at each shortcode and hands the shortcode to a Razor component instead.
/// </summary>
public sealed class ShortcodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the paragraph parser, which would otherwise take the line as text.
        pipeline.BlockParsers.InsertBefore<Markdig.Parsers.ParagraphBlockParser>(new ShortcodeParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
