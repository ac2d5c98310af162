using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// One language's declared count statements (<c>input/&lt;lang&gt;/counts.yml</c>): its number words, and the words
/// that, written after a number, state a count of the data ("25 dialogue questions", "four balances").
/// </summary>
/// <param name="Numbers">Number words (lowercase) and their values.</param>
public sealed record CountStatements(IReadOnlyDictionary<string, int> Numbers, IReadOnlyList<CountStatement> Statements)
{
    public const string FileName = "counts.yml";

    /// <summary>What a statement may count; each takes the part after ':' where it has one.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        ["questions", "questions-per-balance", "questions-in:", "balances", "advice", "pages-in:"];

    private static readonly IReadOnlySet<string> TopKeys = new HashSet<string>(StringComparer.Ordinal) { "numbers", "statements" };
    private static readonly IReadOnlySet<string> StatementKeys = new HashSet<string>(StringComparer.Ordinal) { "words", "counts" };

    /// <returns>The statements, or null when the language has no counts file (or it could not be read).</returns>
    public static CountStatements? Load(string languageFolder, string language, DiagnosticBag diagnostics, string? inputFolder)
    {
        var path = Path.Combine(languageFolder, FileName);
        if (!InputFiles.Present(path))
        {
            return null;
        }

        var file = InputReader.Read(path, language, FileName, diagnostics, inputFolder);
        var map = file is null ? null : YamlReader.ReadMap(file, diagnostics);
        if (file is null || map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(TopKeys);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, value, span) in map.Pairs("numbers"))
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && word.Length > 0 && !word.Any(char.IsWhiteSpace))
            {
                numbers[word.ToLowerInvariant()] = number;
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, span, $"each line of 'numbers' must be a number word and its value, such as 'fem: 5', not '{word}: {value}'");
            }
        }

        var statements = new List<CountStatement>();
        foreach (var item in map.List("statements"))
        {
            item.RejectUnknownKeys(StatementKeys);
            var words = string.Join(' ', item.RequiredString("words").Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var counts = Counts(item, file, diagnostics);
            if (words.Length > 0 && counts.Count > 0)
            {
                statements.Add(new CountStatement(words, counts, item.Span));
            }
        }

        return new CountStatements(numbers, statements);
    }

    private static List<string> Counts(YamlMap item, SourceFile file, DiagnosticBag diagnostics)
    {
        var counts = new List<string>();
        var written = item.Scalars("counts");
        foreach (var (name, span) in written)
        {
            if (Kinds.Any(k => k.EndsWith(':') ? name.StartsWith(k, StringComparison.Ordinal) && name.Length > k.Length : name == k))
            {
                counts.Add(name);
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.UnknownValue, span,
                    $"unknown count '{name}'; use {string.Join(", ", Kinds.Select(k => k.EndsWith(':') ? k + "…" : k))}");
            }
        }

        if (written.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.MissingField, item.Span, $"'counts' is missing; say what the words count, such as 'counts: [questions]' ({file.DisplayPath})");
        }

        return counts;
    }
}

/// <summary>The words after a number that state a count, and the counts it may be (one must match).</summary>
public sealed record CountStatement(string Words, IReadOnlyList<string> Counts, SourceSpan Span);
