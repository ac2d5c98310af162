using System.Text;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>
/// The string literals of a C# source file, with their lines: enough of the lexer to skip comments and character
/// literals and to read regular, verbatim, raw and interpolated strings. An interpolated string yields each of its
/// text runs between holes ("questions/{id}" yields "questions/"), since a run is what the code names.
/// </summary>
public static class CSharpLiterals
{
    public sealed record Literal(string Text, int Line);

    public static IReadOnlyList<Literal> Read(string source)
    {
        var literals = new List<Literal>();
        var line = 1;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (c == '/' && At(source, i + 1) == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && At(source, i + 1) == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + 2;
                line += Count(source, i, end);
                i = end;
            }
            else if (c == '\'')
            {
                // A character literal: '"' must not open a string.
                var j = i + 1;
                while (j < source.Length && source[j] != '\'' && source[j] != '\n')
                {
                    j += source[j] == '\\' ? 2 : 1;
                }

                i = j + 1;
            }
            else if (c is '"' or '@' or '$' && StringStart(source, i) is var (prefix, interpolated, verbatim, quotes) && quotes > 0)
            {
                var start = i + prefix + quotes;
                var startLine = line;
                var runs = new List<string>();
                var text = new StringBuilder();
                var j = start;
                var depth = 0;
                while (j < source.Length)
                {
                    var d = source[j];
                    if (depth == 0 && quotes >= 3 && string.CompareOrdinal(source, j, new string('"', quotes), 0, quotes) == 0)
                    {
                        j += quotes;
                        break;
                    }

                    if (depth == 0 && quotes == 1 && d == '"')
                    {
                        if (verbatim && At(source, j + 1) == '"')
                        {
                            text.Append('"');
                            j += 2;
                            continue;
                        }

                        j++;
                        break;
                    }

                    if (d == '\n')
                    {
                        line++;
                    }

                    if (interpolated && d == '{' && depth == 0 && At(source, j + 1) == '{' && quotes == 1)
                    {
                        text.Append('{');
                        j += 2;
                        continue;
                    }

                    if (interpolated && d == '{')
                    {
                        if (depth == 0)
                        {
                            runs.Add(text.ToString());
                            text.Clear();
                        }

                        depth++;
                        j++;
                        continue;
                    }

                    if (interpolated && d == '}' && depth > 0)
                    {
                        depth--;
                        j++;
                        continue;
                    }

                    if (depth > 0)
                    {
                        j++;
                        continue;
                    }

                    if (!verbatim && quotes == 1 && d == '\\')
                    {
                        text.Append(Unescape(At(source, j + 1)));
                        j += 2;
                        continue;
                    }

                    text.Append(d);
                    j++;
                }

                runs.Add(text.ToString());
                literals.AddRange(runs.Select(r => new Literal(r, startLine)));
                i = j;
            }
            else
            {
                i++;
            }
        }

        return literals;
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static int Count(string s, int from, int to) => s.AsSpan(from, to - from).Count('\n');

    private static char Unescape(char c) => c switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => c };

    /// <summary>At a string's start: the length of its $/@ prefix, whether it has holes, whether it is verbatim, and how many quotes open it (0: not a string).</summary>
    private static (int Prefix, bool Interpolated, bool Verbatim, int Quotes) StringStart(string s, int i)
    {
        var j = i;
        var interpolated = false;
        var verbatim = false;
        while (j < s.Length && s[j] is '$' or '@')
        {
            interpolated |= s[j] == '$';
            verbatim |= s[j] == '@';
            j++;
        }

        var quotes = 0;
        while (At(s, j + quotes) == '"')
        {
            quotes++;
        }

        // "" is an empty string, not a raw string's opening.
        quotes = quotes >= 3 ? quotes : quotes >= 1 ? 1 : 0;
        return (j - i, interpolated, verbatim || quotes >= 3, quotes);
    }
}
