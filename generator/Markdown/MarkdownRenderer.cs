using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Theme.Models;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// Renders a page's Markdown: resolves its links, refuses raw HTML, and cuts the HTML at each shortcode
/// so that data is rendered by the theme's components.
/// </summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, LinkResolver links, ShortcodeResolver shortcodes)
{
    public RenderedBody Render(Page page, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(page.Body, pipeline);
        RejectRawHtml(page, document, diagnostics);
        var fragments = links.Resolve(page, document, diagnostics);

        var parts = new List<BodyPart>();
        var html = new StringWriter(new StringBuilder(page.Body.Length * 2));
        var renderer = new MarkdigHtmlRenderer(html);
        pipeline.Setup(renderer);
        foreach (var block in document)
        {
            if (block is ShortcodeBlock shortcode)
            {
                Flush(html, parts);
                if (shortcodes.Resolve(page, shortcode, diagnostics) is { } part)
                {
                    parts.Add(part);
                }
            }
            else
            {
                renderer.Render(block);
            }
        }

        Flush(html, parts);
        return new RenderedBody(parts, fragments);
    }

    private static void Flush(StringWriter html, List<BodyPart> parts)
    {
        var text = html.ToString();
        if (text.Trim().Length > 0)
        {
            parts.Add(new HtmlPart(text));
        }

        html.GetStringBuilder().Clear();
    }

    // Raw HTML would bypass escaping and could carry script into a site that promises none.
    private static void RejectRawHtml(Page page, MarkdownDocument document, DiagnosticBag diagnostics)
    {
        var offenders = document.Descendants<HtmlBlock>().Select(b => (b.Line, Node: (MarkdownObject)b))
            .Concat(document.Descendants<HtmlInline>().Select(i => (i.Line, Node: (MarkdownObject)i)))
            .ToList();
        foreach (var (line, node) in offenders)
        {
            diagnostics.Report(DiagnosticCodes.RawHtml, page.Source.At(page.BodyLine + line),
                "raw HTML is not allowed in Markdown; write it in Markdown, or ask for a shortcode");
            switch (node)
            {
                case HtmlBlock block:
                    block.Parent?.Remove(block);
                    break;
                case HtmlInline inline:
                    inline.Remove();
                    break;
            }
        }
    }
}
