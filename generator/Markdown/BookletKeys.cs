using Markdig;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown.Shortcodes;

namespace MaalMedMening.Generator.Markdown;

/// <summary>The chapter keys a page's booklet shortcode names, read from the page itself (not from a body rendered in
/// this build); a shortcode without keys takes the chapters by the reading order (<see cref="BookletChapters"/>).</summary>
public static class BookletKeys
{
    public static IReadOnlyList<string> Read(Page page, SiteIndex site, MarkdownPipeline pipeline)
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
                .SelectMany(b => b.Arguments.FirstOrDefault(a => a.Key == BookletShortcode.KeysArgument) is { Key: not null } keys
                    ? keys.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    : BookletChapters.ByReadingOrder(site, page))
                .ToList();
        }
        catch (ArgumentException)
        {
            // Nested too deeply: reported where the page is rendered.
            return [];
        }
    }

    /// <summary>Whether a page's text holds a booklet shortcode that lists its chapters on purpose (<c>keys="…"</c>).</summary>
    public static bool ListsKeys(string body, MarkdownPipeline pipeline)
    {
        if (!body.Contains(BookletShortcode.ShortcodeName, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return Markdig.Markdown.Parse(body, pipeline)
                .OfType<ShortcodeBlock>()
                .Any(b => b.Name == BookletShortcode.ShortcodeName && b.Arguments.Any(a => a.Key == BookletShortcode.KeysArgument));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
