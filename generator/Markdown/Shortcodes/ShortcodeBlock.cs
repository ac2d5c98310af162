using Markdig.Parsers;
using Markdig.Syntax;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>A Hugo-style shortcode on a line of its own: <c>{{&lt; questions group="overall" &gt;}}</c>.</summary>
public sealed class ShortcodeBlock(BlockParser parser) : LeafBlock(parser)
{
    public string Name { get; set; } = "";

    /// <summary>The arguments in the order written; each value is plain text, never markup.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; set; } = [];

    /// <summary>Why the line is not a well-formed shortcode, or null when it is.</summary>
    public string? Malformed { get; set; }
}
