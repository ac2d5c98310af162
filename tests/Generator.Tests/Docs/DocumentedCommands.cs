using System.Text;
using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Tests.Docs;

/// <summary>
/// The command lines a README shows in its code blocks (<c>./build.sh …</c>, <c>./test.sh</c>,
/// <c>dotnet run --project generator … -- …</c>), split into words as a shell would (quotes, a trailing <c># comment</c>).
/// </summary>
public static partial class DocumentedCommands
{
    public sealed record Command(string File, int Line, IReadOnlyList<string> Words)
    {
        public override string ToString() => $"{File}:{Line}: {string.Join(' ', Words)}";

        /// <summary>The generator's own arguments, or null for another program (a script such as ./test.sh).</summary>
        public IReadOnlyList<string>? GeneratorArguments => Words switch
        {
            ["./build.sh"] => ["build"],
            ["./build.sh", ..] => [.. Words.Skip(1)],
            ["dotnet", "run", ..] when Words.Contains("--") => [.. Words.SkipWhile(w => w != "--").Skip(1)],
            _ => null,
        };
    }

    public static IEnumerable<Command> In(string root, string file)
    {
        var inBlock = false;
        var lines = File.ReadAllLines(Path.Combine(root, file));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (inBlock && CommandStart().IsMatch(line))
            {
                yield return new Command(file, i + 1, Split(line));
            }
        }
    }

    /// <summary>Words as sh splits them: single and double quotes group, '#' outside quotes starts a comment.</summary>
    public static IReadOnlyList<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        Assert.Null(quote);
        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"^(?:\./[\w.-]+|dotnet\s+run)(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CommandStart();
}
