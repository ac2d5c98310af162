using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>Recognises a line that is exactly one shortcode; anything else starting with '{' is left to other parsers.</summary>
public sealed partial class ShortcodeParser : BlockParser
{
    public ShortcodeParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var match = ShortcodeLine().Match(line.Text, line.Start, line.Length);
        if (!match.Success || match.Index != line.Start || match.Length != line.Length)
        {
            return BlockState.None;
        }

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match argument in Argument().Matches(match.Groups["args"].Value))
        {
            arguments[argument.Groups["key"].Value] = argument.Groups["value"].Value;
        }

        processor.NewBlocks.Push(new ShortcodeBlock(this)
        {
            Name = match.Groups["name"].Value,
            Arguments = arguments,
            Line = processor.LineIndex,
            Span = new SourceSpan(line.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex("""\{\{<\s*(?<name>[a-z][a-z-]*)(?<args>(\s+[a-zA-Z]+="[^"]*")*)\s*>\}\}\s*""")]
    private static partial Regex ShortcodeLine();

    [GeneratedRegex("(?<key>[a-zA-Z]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Argument();
}
