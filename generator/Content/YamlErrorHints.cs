using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// Turns the YAML library's syntax errors into messages an editor can act on: the common mistakes (a value with
/// an unquoted ': ', a key indented wrongly, a quote left open, a tab) get a plain hint, with the line rewritten
/// where that can be done. The library's own wording is kept only for the rare cases without a hint.
/// </summary>
public static partial class YamlErrorHints
{
    /// <summary>The message for a syntax error the library reported as <paramref name="libraryMessage"/>.</summary>
    /// <param name="line">The text of the line the error is at, or null when it is not known.</param>
    public static string Describe(string libraryMessage, string? line)
    {
        var raw = libraryMessage.Trim().TrimEnd('.');
        var text = raw.ToLowerInvariant();
        if (line is not null && UnquotedColon(line) is { } quoted)
        {
            return $"invalid YAML: the value contains ': ', which YAML reads as the start of another key; quote the value: {quoted}";
        }

        if (line is not null && SpecialStart(line) is { } special)
        {
            return $"invalid YAML: a value that starts with '{special.Mark}' means something else in YAML; quote the value: {special.Quoted}";
        }

        if (text.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return "invalid YAML: a quote is not closed; end the value with the quote it starts with (\" or '), and to use \" inside a value, wrap it in ' quotes";
        }

        if (line is not null && line.Contains('\t', StringComparison.Ordinal) && text.Contains("cannot start any token", StringComparison.Ordinal))
        {
            return "invalid YAML: a tab is used here; YAML allows only spaces between a key and its value and for indentation";
        }

        if (text.Contains("mapping values are not allowed", StringComparison.Ordinal)
            || text.Contains("invalid mapping", StringComparison.Ordinal)
            || text.Contains("did not find expected key", StringComparison.Ordinal)
            || text.Contains("did not find expected '-' indicator", StringComparison.Ordinal)
            || text.Contains("block mapping", StringComparison.Ordinal))
        {
            return "invalid YAML: the indentation is wrong here; the keys of one set start in the same column, and a value on its own line is indented with spaces under its key";
        }

        return $"invalid YAML: {(raw.Length == 0 ? raw : char.ToLowerInvariant(raw[0]) + raw[1..])}";
    }

    /// <summary>The line with its value quoted, when the line is <c>key: value</c> and the value holds an unquoted ': '.</summary>
    private static string? UnquotedColon(string line) =>
        Split(line) is (var key, var value) && value[0] is not ('"' or '\'' or '[' or '{' or '|' or '>') && value.Contains(": ", StringComparison.Ordinal)
            ? Quoted(key, value)
            : null;

    /// <summary>
    /// The line with its value quoted, when the value starts with a character YAML reads as markup: '*' (an alias,
    /// as in Markdown's *emphasis*), '&amp;', '!', '%', '@' or '`'.
    /// </summary>
    private static (char Mark, string Quoted)? SpecialStart(string line) =>
        Split(line) is (var key, var value) && value[0] is '*' or '&' or '!' or '%' or '@' or '`' ? (value[0], Quoted(key, value)) : null;

    private static (string Key, string Value)? Split(string line)
    {
        var match = KeyAndValue().Match(line);
        var value = match.Groups["value"].Value.TrimEnd();
        return match.Success && value.Length > 0 ? (match.Groups["key"].Value.Trim(), value) : null;
    }

    private static string Quoted(string key, string value) =>
        $"{key}: \"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    // An optional list dash, a plain key, a colon and a space: the shape of a line whose value follows on the same line.
    [GeneratedRegex(@"^(?<key>\s*(- +)?[^\s:#""'][^:#]*?):\s+(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyAndValue();
}
