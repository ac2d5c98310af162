using Markdig.Syntax;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// A page body parsed and checked once: the Markdown document (links resolved, heading ids set), what each shortcode
/// resolved to, and the fragments its links need. It is written with a <see cref="RenderContext"/>, as often as needed.
/// </summary>
public sealed record ParsedBody(
    Page Page,
    MarkdownDocument Document,
    IReadOnlyDictionary<ShortcodeBlock, BodyPart> Shortcodes,
    IReadOnlyList<FragmentCheck> Fragments)
{
    public static ParsedBody Empty(Page page) => new(page, new MarkdownDocument(), new Dictionary<ShortcodeBlock, BodyPart>(), []);
}
