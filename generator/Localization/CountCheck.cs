using System.Text.RegularExpressions;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Data;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// Numbers the text states about the data ("25 dialogue questions", "Five dialogue questions", "six pieces of advice")
/// must be true of the data: a 26th question without the text following is an error at the text's line (issue #16).
/// What to look for is content, declared per language in <c>counts.yml</c> (<see cref="CountStatements"/>); this
/// finds each "&lt;number&gt; &lt;words&gt;" in the pages (front matter included) and in <c>strings.yml</c>.
/// </summary>
public static partial class CountCheck
{
    public static void Check(SiteIndex site, IReadOnlyDictionary<string, LanguageData> data, Func<string, string> languageFolder,
        string inputFolder, DiagnosticBag diagnostics)
    {
        var declared = site.Languages.Where(l => InputFiles.Present(CountsPath(languageFolder, l))).ToList();
        foreach (var language in site.Languages)
        {
            if (!declared.Contains(language))
            {
                // Every language always: one edition's numbers unchecked would let the editions drift apart.
                if (declared.Count > 0)
                {
                    var missing = InputReader.DisplayPath(CountsPath(languageFolder, language));
                    diagnostics.Report(DiagnosticCodes.MissingTranslation, new SourceSpan(missing, 1),
                        $"the {language} edition has no {CountStatements.FileName}, but {string.Join(", ", declared)} has; add {missing} with its number words and statements");
                }

                continue;
            }

            // Counted from data or pages that could not all be read, every number would look wrong: their own errors say enough.
            var dataFolder = InputReader.DisplayPath(Path.Combine(languageFolder(language), DataLoader.Folder)) + "/";
            if (site.LanguagesWithUnreadablePages.Contains(language)
                || diagnostics.ToSortedList().Any(d => d.Span.File.StartsWith(dataFolder, StringComparison.Ordinal)))
            {
                continue;
            }

            if (data.GetValueOrDefault(language) is { } languageData
                && CountStatements.Load(languageFolder(language), language, diagnostics, inputFolder) is { } statements)
            {
                CheckLanguage(site, language, languageData, statements, languageFolder(language), inputFolder, diagnostics);
            }
        }
    }

    private static string CountsPath(Func<string, string> languageFolder, string language) =>
        Path.Combine(languageFolder(language), CountStatements.FileName);

    private static void CheckLanguage(SiteIndex site, string language, LanguageData data, CountStatements statements,
        string folder, string inputFolder, DiagnosticBag diagnostics)
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
        var texts = site.Pages.Where(p => p.Language == language)
            // A page's source keeps only its front matter once read; the body lives in the page.
            .Select(p => (p.Source, Text: p.Source.Text + p.Body, p.Meta.Balance))
            .ToList();
        var stringsPath = Path.Combine(folder, StringTable.FileName);
        if (InputFiles.Present(stringsPath) && InputReader.Read(stringsPath, language, StringTable.FileName, diagnostics, inputFolder) is { } strings)
        {
            texts.Add((strings, strings.Text, null));
        }

        foreach (var (source, text, balance) in texts)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var number = Number(match.Groups["n"].Value, statements.Numbers);
                // The pattern's \s also matches a no-break or other Unicode space; Normalise folds them all to ' ', as here.
                if (!byWords.TryGetValue(Normalise(match.Groups["w"].Value), out var counts))
                {
                    continue;
                }

                var group = HeadingGroup(text, match.Index);
                var found = counts.Select(c => counter.Count(c, group, balance)).ToList();
                if (found.Any(f => f.Value == number))
                {
                    continue;
                }

                var line = 1 + text.AsSpan(0, match.Index).Count('\n');
                var said = Normalise(match.Value, keepCase: true);
                diagnostics.Report(DiagnosticCodes.CountMismatch, source.At(line),
                    $"the text says '{said}'{(char.IsAsciiDigit(said[0]) ? "" : $" ({number})")}, but there are {string.Join(", or ", found.Select(f => f.Description))}; " +
                    $"change the sentence at this line or the data (the words and what they count are in {language}/{CountStatements.FileName}); " +
                    $"a sentence of the booklet's own is guarded by the fidelity tests, so list its change in {language}/{DataLoader.Folder}/{DataLoader.CorrectionsFile}");
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
    private static string? HeadingGroup(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (text.AsSpan(start).TrimStart(' ') is not ['#', ..])
        {
            return null;
        }

        var end = text.IndexOf('\n', index);
        var below = end < 0 ? "" : text[(end + 1)..];
        var next = NextHeading().Match(below);
        return QuestionsShortcode().Match(next.Success ? below[..next.Index] : below) is { Success: true } call ? call.Groups["group"].Value : null;
    }

    [GeneratedRegex(@"^ {0,3}#", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"\{\{<\s*questions\s+group=""(?<group>[^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionsShortcode();

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

    /// <summary>The counts a statement may name, taken from the data and the pages of one language.</summary>
    private sealed class DataCounter(SiteIndex site, string language, LanguageData data)
    {
        public sealed record Found(int? Value, string Description);

        /// <summary>Why <paramref name="count"/> names nothing in the data, or null when it does.</summary>
        public string? Unknown(string count) => Split(count) switch
        {
            ("questions-in", var group) when group != Question.OverallGroup && data.FindBalance(group) is null =>
                $"'{count}' names no question group; use {string.Join(", ", data.Balances.Select(b => b.Id).Prepend(Question.OverallGroup))}",
            ("pages-in", var key) when site.FindByKey(language, key) is not { Kind: PageKind.Section } =>
                $"'{count}' names no section; no {language} section page (_index.md in a folder) has 'translationKey: {key}'",
            _ => null,
        };

        /// <param name="headingGroup">The question group shown under the heading the number is in, if any.</param>
        /// <param name="balance">The balance of the page the number is on, if it has one.</param>
        public Found Count(string count, string? headingGroup, string? balance) => Split(count) switch
        {
            ("questions", _) => new(data.Questions.Count, $"{data.Questions.Count} questions in data/questions.yml"),
            ("questions-per-balance", _) when headingGroup is not null => InGroup(headingGroup, "shown under this heading"),
            ("questions-per-balance", _) => PerBalance(balance),
            ("questions-in", var group) => InGroup(group, ""),
            ("balances", _) => new(data.Balances.Count, $"{data.Balances.Count} balances in data/balances.yml"),
            ("advice", _) => new(data.Advice.Count, $"{data.Advice.Count} pieces of advice in data/advice.yml"),
            ("pages-in", var key) => Pages(key),
            _ => new(null, $"nothing counted as '{count}'"),
        };

        private Found InGroup(string group, string where)
        {
            var n = data.QuestionsIn(group).Count();
            return new(n, $"{n} questions in the group '{group}'{(where.Length > 0 ? " " + where : "")}");
        }

        private Found PerBalance(string? balance)
        {
            if (balance is not null && data.FindBalance(balance) is not null)
            {
                var n = data.QuestionsIn(balance).Count();
                return new(n, $"{n} questions for this page's balance '{balance}'");
            }

            var per = data.Balances.Select(b => (b.Id, Count: data.QuestionsIn(b.Id).Count())).ToList();
            return per.Select(p => p.Count).Distinct().ToList() switch
            {
                [var same] => new(same, $"{same} questions for each balance"),
                [] => new(null, "no balances"),
                _ => new(null, $"a different number of questions for each balance ({string.Join(", ", per.Select(p => $"{p.Id}: {p.Count}"))})"),
            };
        }

        private Found Pages(string key)
        {
            var n = site.Pages.Count(p => p.Language == language && p.Section == key);
            return new(n, $"{n} pages in the section '{key}'");
        }

        private static (string Kind, string Argument) Split(string count) =>
            count.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? (count[..colon], count[(colon + 1)..]) : (count, "");
    }
}
