using System.Text.RegularExpressions;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Data;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// Numbers the text states about the data ("25 dialogue questions", "Five dialogue questions", "six pieces of advice")
/// must be true of the data: a 26th question without the text following is an error at the text's line.
/// What to look for is content, declared per language in <c>counts.yml</c> (<see cref="CountStatements"/>); this
/// finds each "&lt;number&gt; &lt;words&gt;" in the pages (front matter included) and in <c>strings.yml</c>.
/// </summary>
public static partial class CountCheck
{
    /// <summary>The test that compares the pages with the printed booklet, which a changed sentence of its own must pass (a test keeps the path true).</summary>
    public const string FidelityTest = "tests/Generator.Tests/Booklet/FidelityTests.cs";

    /// <param name="groupsShown">Where a page shows a question group, from its parsed shortcodes.</param>
    public static void Check(SiteIndex site, IReadOnlyDictionary<string, LanguageData> data, Func<string, string> languageFolder,
        string inputFolder, Func<Page, IReadOnlyList<QuestionGroupShown>> groupsShown, DiagnosticBag diagnostics, bool asDrafts = false)
    {
        var declared = CountFiles.Check(site.Languages, languageFolder, diagnostics, asDrafts);
        foreach (var language in declared)
        {
            // Counted from data or pages that could not all be read, every number would look wrong: their own errors say enough.
            var dataFolder = InputReader.DisplayPath(Path.Combine(languageFolder(language), DataLoader.Folder)) + "/";
            if (site.LanguagesWithUnreadablePages.Contains(language))
            {
                diagnostics.Skip($"the number check ({CountStatements.FileName}) of {language}", $"a {language} page could not be read");
                continue;
            }

            if (diagnostics.ToSortedList().Any(d => d.Span.File.StartsWith(dataFolder, StringComparison.Ordinal)))
            {
                diagnostics.Skip($"the number check ({CountStatements.FileName}) of {language}", $"{dataFolder} has errors, so what it counts is not known");
                continue;
            }

            if (data.GetValueOrDefault(language) is { } languageData
                && CountStatements.Load(languageFolder(language), language, diagnostics, inputFolder) is { } statements)
            {
                CheckLanguage(site, language, languageData, statements, languageFolder(language), inputFolder, groupsShown, diagnostics);
            }
        }
    }

    private static void CheckLanguage(SiteIndex site, string language, LanguageData data, CountStatements statements,
        string folder, string inputFolder, Func<Page, IReadOnlyList<QuestionGroupShown>> groupsShown, DiagnosticBag diagnostics)
    {
        var counter = new DataCounter(site, language, data);
        foreach (var statement in statements.Statements)
        {
            foreach (var count in statement.Counts.Where(c => counter.Unknown(c) is not null))
            {
                diagnostics.Report(DiagnosticCodes.UnknownId, statement.Span, counter.Unknown(count)!);
            }
        }

        if (statements.Statements.Count == 0)
        {
            return;
        }

        var byWords = statements.Statements
            .GroupBy(s => Normalise(s.Words))
            .ToDictionary(g => g.Key, g => g.SelectMany(s => s.Counts).Distinct().ToList(), StringComparer.Ordinal);
        var pattern = Pattern(statements);
        var texts = site.Pages.Where(p => p.Language == language && p.StandInFrom is null)
            // A page's source keeps only its front matter once read; the body lives in the page.
            .Select(p => (p.Source, Text: p.Source.Text + p.Body, p.Meta.Balance, Shown: groupsShown(p)))
            .ToList();
        var stringsPath = Path.Combine(folder, StringTable.FileName);
        if (InputFiles.Present(stringsPath) && InputReader.Read(stringsPath, language, StringTable.FileName, diagnostics, inputFolder) is { } strings)
        {
            texts.Add((strings, strings.Text, null, []));
        }

        foreach (var (source, text, balance, shown) in texts)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var number = Number(match.Groups["n"].Value, statements.Numbers);
                // The pattern's \s also matches a no-break or other Unicode space; Normalise folds them all to ' ', as here.
                if (!byWords.TryGetValue(Normalise(match.Groups["w"].Value), out var counts))
                {
                    continue;
                }

                var group = HeadingGroup(text, match.Index, shown);
                var found = counts.Select(c => counter.Count(c, group, balance)).ToList();
                if (found.Any(f => f.Value == number))
                {
                    continue;
                }

                var line = 1 + text.AsSpan(0, match.Index).Count('\n');
                var said = Normalise(match.Value, keepCase: true);
                diagnostics.Report(DiagnosticCodes.CountMismatch, source.At(line),
                    $"the text says '{said}'{(char.IsAsciiDigit(said[0]) ? "" : $" ({number})")}, but there are {string.Join(", or ", found.Select(f => f.Description))}; " +
                    $"change the sentence \"{SentenceAt.Find(text, match.Index)}\" or the data (the words and what they count are in {language}/{CountStatements.FileName}); " +
                    $"the booklet's own wording is guarded by the fidelity test ({FidelityTest}), so list a change to it in {language}/{DataLoader.Folder}/{DataLoader.CorrectionsFile}");
            }
        }
    }

    /// <summary>"&lt;number or number word&gt; &lt;declared words&gt;" as whole words, longest words first, in any case and across line breaks.</summary>
    private static Regex Pattern(CountStatements statements)
    {
        static string Alternatives(IEnumerable<string> texts) => string.Join('|', texts
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)
            .Select(t => string.Join(@"\s+", Words(t).Select(Regex.Escape))));

        var numbers = Alternatives(statements.Numbers.Keys);
        var words = Alternatives(statements.Statements.Select(s => s.Words));
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?<n>[0-9]+{(numbers.Length > 0 ? "|" + numbers : "")})\s+(?<w>{words})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// For a number in a heading ("## Five dialogue questions"), the question group that the questions shortcode under
    /// that heading shows: the heading counts those questions, whatever page it is on.
    /// </summary>
    private static string? HeadingGroup(string text, int index, IReadOnlyList<QuestionGroupShown> shown)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (shown.Count == 0 || text.AsSpan(start).TrimStart(' ') is not ['#', ..])
        {
            return null;
        }

        var line = 1 + text.AsSpan(0, index).Count('\n');
        var end = text.IndexOf('\n', index);
        var below = end < 0 ? "" : text[(end + 1)..];
        var next = NextHeading().Match(below);
        var nextLine = next.Success ? line + 1 + below.AsSpan(0, next.Index).Count('\n') : int.MaxValue;
        return shown.Where(s => s.Line > line && s.Line < nextLine).OrderBy(s => s.Line).FirstOrDefault()?.Group;
    }

    [GeneratedRegex(@"^ {0,3}#", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NextHeading();

    private static int Number(string text, IReadOnlyDictionary<string, int> words) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : words.GetValueOrDefault(text.ToLowerInvariant(), -1);

    /// <summary>The words of a phrase, split at any white space: a no-break space (U+00A0), a thin space or a line break alike.</summary>
    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Normalise(string text, bool keepCase = false)
    {
        var joined = string.Join(' ', Words(text));
        return keepCase ? joined : joined.ToLowerInvariant();
    }
}
