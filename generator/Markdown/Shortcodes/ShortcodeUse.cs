namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>A well-formed shortcode as written on a page, detached from the parsed document so that keeping it keeps no tree.</summary>
/// <param name="Line">The 0-based line in the page's body (the file's line is the page's <c>BodyLine</c> plus this).</param>
public sealed record ShortcodeUse(string Name, int Line, IReadOnlyList<KeyValuePair<string, string>> Arguments)
{
    public static ShortcodeUse From(ShortcodeBlock block) => new(block.Name, block.Line, block.Arguments);

    /// <summary>The argument's value, or null when it is not given.</summary>
    public string? Argument(string name) => Arguments.FirstOrDefault(a => a.Key == name) is { Key: not null } argument ? argument.Value : null;
}
