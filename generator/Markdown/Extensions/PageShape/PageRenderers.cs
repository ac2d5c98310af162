using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using MaalMedMening.Generator.Markdown.Extensions.Footnotes;
using MaalMedMening.Generator.Markdown.Extensions.PullQuotes;
using MaalMedMening.Generator.Markdown.Extensions.Tables;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace MaalMedMening.Generator.Markdown.Extensions.PageShape;

/// <summary>
/// A Markdig renderer that writes a body in its final shape for one page, so that the page is never parsed
/// again to shape it: heading levels and ids, pull quotes, labelled footnotes, prefixed fragments and re-based links.
/// </summary>
public static class PageRenderers
{
    public static MarkdigHtmlRenderer Create(TextWriter writer, MarkdownPipeline pipeline, RenderContext context)
    {
        var renderer = new MarkdigHtmlRenderer(writer);
        // The pipeline first: it installs the footnote renderers that are replaced here.
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new ContextHeadingRenderer(context));
        renderer.ObjectRenderers.Replace<QuoteBlockRenderer>(new PullQuoteRenderer());
        renderer.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new LabelledFootnoteGroupRenderer(context));
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new LabelledFootnoteLinkRenderer(context));
        renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new StackedTableRenderer(pipeline));
        renderer.LinkRewriter = context.Href;
        return renderer;
    }
}
