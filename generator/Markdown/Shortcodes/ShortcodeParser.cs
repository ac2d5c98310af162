using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>
/// Takes every line that starts with <c>{{&lt;</c> as a shortcode, so that a mistyped one is reported rather than
/// shown as text. Arguments are <c>name="value"</c> pairs and nothing else: a value ends at the next quote, so a quote
/// inside it (escaped or not) cannot add an argument, an attribute or text; such a line is reported as malformed.
/// </summary>
public sealed partial class ShortcodeParser : BlockParser
{
    /// <summary>How every shortcode line starts.</summary>
    public const string Opening = "{{<";

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
        var text = line.ToString();
        if (!text.StartsWith(Opening, StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var block = Parse(text);
        block.Line = processor.LineIndex;
        block.Span = new SourceSpan(line.Start, line.End);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    private ShortcodeBlock Parse(string text)
    {
        var match = ShortcodeLine().Match(text);
        if (!match.Success)
        {
            return new ShortcodeBlock(this) { Malformed = "a shortcode is written {{< name >}} or {{< name key=\"value\" >}}, alone on its line" };
        }

        var block = new ShortcodeBlock(this) { Name = match.Groups["name"].Value };
        var arguments = new List<KeyValuePair<string, string>>();
        var rest = match.Groups["args"].Value;
        var position = 0;
        foreach (Match argument in Argument().Matches(rest))
        {
            if (argument.Index != position)
            {
                break;
            }

            var key = argument.Groups["key"].Value;
            if (arguments.Any(a => a.Key == key))
            {
                block.Malformed = $"the argument '{key}' is given twice";
                return block;
            }

            arguments.Add(new(key, argument.Groups["value"].Value));
            position = argument.Index + argument.Length;
        }

        if (rest[position..].Trim().Length > 0)
        {
            block.Malformed = $"cannot read the arguments from '{rest[position..].Trim()}'; write each as key=\"value\", with no quote inside the value";
            return block;
        }

        block.Arguments = arguments;
        return block;
    }

    [GeneratedRegex("""^\{\{<\s*(?<name>[a-z][a-z-]*)(?<args>.*?)\s*>\}\}\s*$""")]
    private static partial Regex ShortcodeLine();

    [GeneratedRegex("\\G\\s+(?<key>[a-zA-Z]+)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Argument();
}
