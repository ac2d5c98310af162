using System.Text;

namespace MaalMedMening.Generator.Tests.Publishing;

/// <summary>
/// The simple commands of a shell script as word lists: quotes, <c>$NAME</c>, comments, line continuations and the
/// separators <c>&amp;&amp; || ; | &amp;</c>. Enough shell for the scripts we write into the workflow and the READMEs,
/// not a shell: anything else (command substitution, redirection) is refused, so a test never reads it wrongly.
/// </summary>
public static class ShellCommands
{
    public static IReadOnlyList<IReadOnlyList<string>> Split(string script, IReadOnlyDictionary<string, string> variables)
    {
        var commands = new List<IReadOnlyList<string>>();
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;

        void EndWord()
        {
            if (inWord)
            {
                words.Add(word.ToString());
            }

            word.Clear();
            inWord = false;
        }

        void EndCommand()
        {
            EndWord();
            if (words.Count > 0)
            {
                commands.Add([.. words]);
            }

            words = [];
        }

        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (quote == '\'')
            {
                if (c == '\'')
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c == '\\' && i + 1 < script.Length)
            {
                // A backslash before a newline joins the lines; before anything else it keeps that character.
                i++;
                if (script[i] != '\n')
                {
                    word.Append(script[i]);
                    inWord = true;
                }
            }
            else if (c == '$')
            {
                i = Expand(script, i, variables, word);
                inWord = true;
            }
            else if (c == '"')
            {
                quote = quote == '"' ? null : '"';
                inWord = true;
            }
            else if (quote == '"')
            {
                word.Append(c);
            }
            else if (c == '\'')
            {
                quote = '\'';
                inWord = true;
            }
            else if (c == '#' && !inWord)
            {
                i = script.IndexOf('\n', i) is var end and >= 0 ? end - 1 : script.Length;
            }
            else if (c is '\n' or ';' or '&' or '|')
            {
                EndCommand();
            }
            else if (char.IsWhiteSpace(c))
            {
                EndWord();
            }
            else if (c is '<' or '>' or '`' or '(' or ')')
            {
                throw new NotSupportedException($"'{c}' in a script: ShellCommands reads only simple commands; extend it, or keep the script simple");
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (quote is not null)
        {
            throw new FormatException($"an unclosed {quote} quote in: {script}");
        }

        EndCommand();
        return commands;
    }

    // $NAME or ${NAME}, from the variables the script is run with; returns the index of the last character read.
    private static int Expand(string script, int dollar, IReadOnlyDictionary<string, string> variables, StringBuilder word)
    {
        var braced = dollar + 1 < script.Length && script[dollar + 1] == '{';
        var start = dollar + (braced ? 2 : 1);
        var end = start;
        while (end < script.Length && (char.IsAsciiLetterOrDigit(script[end]) || script[end] == '_'))
        {
            end++;
        }

        var name = script[start..end];
        if (name.Length == 0 || (braced && (end >= script.Length || script[end] != '}')))
        {
            throw new NotSupportedException($"'$' not followed by a plain variable name in: {script}");
        }

        word.Append(variables.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"${name} is not set for: {script}"));
        return braced ? end : end - 1;
    }
}
