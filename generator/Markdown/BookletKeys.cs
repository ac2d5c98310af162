using Markdig;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown.Shortcodes;

namespace MaalMedMening.Generator.Markdown;

/// <summary>The chapter keys a page's booklet shortcode names, read from the page itself (not from a body rendered in this build).</summary>
public static class BookletKeys
{
    public static IReadOnlyList<string> Read(Page page, MarkdownPipeline pipeline)
    {
        // Most pages have no shortcode at all; only those that might are parsed.
        if (!page.Body.Contains(BookletShortcode.ShortcodeName, StringComparison.Ordinal))
        {
            return [];
        }

        try
        {
            return Markdig.Markdown.Parse(page.Body, pipeline)
                .OfType<ShortcodeBlock>()
                .Where(b => b.Name == BookletShortcode.ShortcodeName)
                .SelectMany(b => b.Arguments.Where(a => a.Key == BookletShortcode.KeysArgument))
                .SelectMany(a => a.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToList();
        }
        catch (ArgumentException)
        {
            // Nested too deeply: reported where the page is rendered.
            return [];
        }
    }
}
