using System.Text;
using Markdig;
using Markdig.Syntax;
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
        try
        {
            return RenderDocument(page, diagnostics);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig refuses input nested past its depth limit, when parsing or rendering, rather than overflow the stack.
            // Markdig does not say where, so the error is put at the body's first line of text, where the reader starts looking.
            var firstText = page.Body.Split('\n').TakeWhile(l => l.Trim().Length == 0).Count();
            diagnostics.Report(DiagnosticCodes.TooDeeplyNested, page.Source.At(page.BodyLine + firstText),
                "the Markdown is nested too deeply (lists, quotes, emphasis or brackets inside each other); flatten it");
            return new RenderedBody([], []);
        }
    }

    private RenderedBody RenderDocument(Page page, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(page.Body, pipeline);
        UnsafeMarkupCheck.Run(page, document, diagnostics);
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
}
