using Markdig.Parsers;
using Markdig.Syntax;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>A Hugo-style shortcode on a line of its own: <c>{{&lt; questions group="overall" &gt;}}</c>.</summary>
public sealed class ShortcodeBlock(BlockParser parser) : LeafBlock(parser)
{
    public string Name { get; set; } = "";

    public IReadOnlyDictionary<string, string> Arguments { get; set; } = new Dictionary<string, string>();
}
