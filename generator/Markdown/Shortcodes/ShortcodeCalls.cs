using System.Runtime.CompilerServices;
using Markdig;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>
/// The shortcodes a page's body uses, found by the same parser that renders them (never by a pattern of their own):
/// the top-level, well-formed calls, as <see cref="MarkdownRenderer"/> renders them. For whoever must know what a
/// page uses before or without rendering it (the render cache, the booklet's chapters, the number check, the PDF plan).
/// </summary>
public static class ShortcodeCalls
{
    /// <summary>
    /// The calls found, by pipeline and by the body's string object: a build asks for a page's calls several times (the
    /// checks, the dates, the PDF plan, the render cache), and <c>serve</c> keeps an unchanged page's body, the same
    /// object, from build to build. Entries go with their body; the calls are immutable.
    /// </summary>
    private static readonly ConditionalWeakTable<MarkdownPipeline, ConditionalWeakTable<string, IReadOnlyList<ShortcodeUse>>> Found = new();

    public static IReadOnlyList<ShortcodeUse> Of(string body, MarkdownPipeline pipeline)
    {
        // Most pages have no shortcode at all; only those that might are parsed.
        if (!body.Contains(ShortcodeParser.Opening, StringComparison.Ordinal))
        {
            return [];
        }

        return Found.GetOrCreateValue(pipeline).GetValue(body, text => Parse(text, pipeline));
    }

    private static IReadOnlyList<ShortcodeUse> Parse(string body, MarkdownPipeline pipeline)
    {

        try
        {
            return Markdig.Markdown.Parse(body, pipeline)
                .OfType<ShortcodeBlock>()
                .Where(b => b.Malformed is null)
                .Select(ShortcodeUse.From)
                .ToList();
        }
        catch (ArgumentException)
        {
            // Nested too deeply: reported where the page is rendered.
            return [];
        }
    }
}
