using System.Text;
using Markdig;
using Markdig.Syntax;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Generator.Markdown.Extensions.PageShape;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// Parses and checks a page's Markdown once (links resolved, raw HTML refused, heading ids set, shortcodes resolved),
/// then writes it for a page: HTML pieces cut at each shortcode, so that data is rendered by the theme's components.
/// </summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, LinkResolver links, ShortcodeRegistry shortcodes)
{
    /// <summary>Parses and checks the page, and writes it for its own page.</summary>
    public RenderedBody Render(Page page, RenderContext context, DiagnosticBag diagnostics)
    {
        try
        {
            var parsed = Parse(page, diagnostics);
            // Written here without the catch below: Markdig may refuse the depth only when writing, and that must be reported.
            return new RenderedBody(Write(parsed, context), parsed.Fragments, parsed);
        }
        catch (ArgumentException e) when (IsTooDeep(e))
        {
            // Markdig refuses input nested past its depth limit, when parsing or rendering, rather than overflow the stack.
            // Markdig does not say where, so the error is put at the body's first line of text, where the reader starts looking.
            var firstText = page.Body.Split('\n').TakeWhile(l => l.Trim().Length == 0).Count();
            diagnostics.Report(DiagnosticCodes.TooDeeplyNested, page.Source.At(page.BodyLine + firstText),
                "the Markdown is nested too deeply (lists, quotes, emphasis or brackets inside each other); flatten it");
            return new RenderedBody([], [], ParsedBody.Empty(page));
        }
    }

    /// <summary>Writes an already checked body for another page (the whole booklet); problems in it were reported for its own page.</summary>
    public IReadOnlyList<BodyPart> Render(ParsedBody body, RenderContext context)
    {
        try
        {
            return Write(body, context);
        }
        catch (ArgumentException e) when (IsTooDeep(e))
        {
            return [];
        }
    }

    /// <summary>What the page's shortcodes read beyond the page, as each declares it.</summary>
    public ShortcodeReads Reads(Page page) => shortcodes.Reads(ShortcodeCalls.Of(page.Body, pipeline));

    /// <summary>The body's level-2 headings as its own page shows them, in page order, from the parsed document (never from HTML).</summary>
    public IReadOnlyList<Link> Sections(ParsedBody body, UiStrings text) => BodySections.Of(body, text, pipeline);

    private ParsedBody Parse(Page page, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(page.Body, pipeline);
        UnsafeMarkupCheck.Run(page, document, diagnostics);
        var fragments = links.Resolve(page, document, diagnostics);

        // Ids are handed out in page order, to Markdown headings and to the headings of the balance tool alike.
        var ids = new HeadingIdAllocator(page.Spelling);
        var resolved = new Dictionary<ShortcodeBlock, BodyPart>();
        foreach (var block in document)
        {
            if (block is not ShortcodeBlock shortcode)
            {
                HeadingIdAssigner.Assign(block, ids, pipeline);
            }
            else if (shortcodes.Resolve(page, shortcode, ids, diagnostics) is { } part)
            {
                resolved[shortcode] = part;
            }
        }

        return new ParsedBody(page, document, resolved, fragments);
    }

    private IReadOnlyList<BodyPart> Write(ParsedBody body, RenderContext context)
    {
        var parts = new List<BodyPart>();
        var sheets = new List<BodyPart>();
        List<BodyPart>? sheet = null;
        var html = new StringWriter(new StringBuilder(body.Page.Body.Length * 2));
        var renderer = PageRenderers.Create(html, pipeline, context);
        foreach (var block in body.Document)
        {
            if (context.Sheets && block is HeadingBlock { Level: 2 })
            {
                // A sheet begins at each level-2 heading and runs to the next.
                Flush(html, sheet ?? parts);
                sheet = [];
                sheets.Add(new SheetPart(sheet));
            }

            var current = sheet ?? parts;
            if (block is ShortcodeBlock shortcode)
            {
                Flush(html, current);
                if (body.Shortcodes.TryGetValue(shortcode, out var part))
                {
                    current.Add(shortcodes.ForContext(shortcode.Name, part, context));
                }
            }
            else
            {
                renderer.Render(block);
            }
        }

        Flush(html, sheet ?? parts);
        parts.AddRange(sheets);
        return parts;
    }

    private static bool IsTooDeep(ArgumentException e) => e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    private static void Flush(StringWriter html, List<BodyPart> parts)
    {
        var text = html.ToString();
        // Not text.Trim(): it would copy the whole chunk again, only to measure it.
        if (!string.IsNullOrWhiteSpace(text))
        {
            parts.Add(new HtmlPart(text));
        }

        html.GetStringBuilder().Clear();
    }
}
