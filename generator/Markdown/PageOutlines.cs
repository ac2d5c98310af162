using System.Collections.Concurrent;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Generator.Markdown.Shortcodes;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// What another page holds, for the indexes that point into it: its headings (id → text, with the ids its own
/// rendering gives them) and the shortcodes it uses. Parsed once per page on first need; problems in a page are
/// reported when that page itself is rendered.
/// </summary>
public sealed class PageOutlines(MarkdownPipeline pipeline)
{
    public sealed record Outline(IReadOnlyDictionary<string, string> Headings, IReadOnlyList<ShortcodeUse> Shortcodes);

    private readonly ConcurrentDictionary<Page, Outline> _outlines = new(ReferenceEqualityComparer.Instance);

    public Outline Of(Page page) => _outlines.GetOrAdd(page, Read);

    private Outline Read(Page page)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(page.Body, pipeline);
        }
        catch (ArgumentException)
        {
            // Nested too deeply: reported for the page itself.
            return new Outline(new Dictionary<string, string>(), []);
        }

        var ids = new HeadingIdAllocator(page.Spelling);
        var headings = new Dictionary<string, string>(StringComparer.Ordinal);
        var shortcodes = new List<ShortcodeUse>();
        foreach (var block in document)
        {
            if (block is ShortcodeBlock shortcode)
            {
                if (shortcode.Malformed is null)
                {
                    shortcodes.Add(ShortcodeUse.From(shortcode));
                }

                continue;
            }

            HeadingIdAssigner.Assign(block, ids, pipeline);
            IEnumerable<HeadingBlock> found = block switch
            {
                HeadingBlock heading => [heading],
                ContainerBlock container => container.Descendants<HeadingBlock>(),
                _ => [],
            };
            foreach (var heading in found.Where(h => h.Level >= 2 && h.GetAttributes().Id is not null))
            {
                headings.TryAdd(heading.GetAttributes().Id!, HeadingIdAssigner.PlainText(heading, pipeline));
            }
        }

        return new Outline(headings, shortcodes);
    }
}
