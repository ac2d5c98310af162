using System.Text.RegularExpressions;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// A text whose numbers are counted: a page (front matter included) or a language's <c>strings.yml</c>, with what
/// decides what a number in it counts (the page's balance, the question groups it shows under its headings).
/// </summary>
internal sealed partial record CountedText(SourceFile Source, string Text, string? Balance, IReadOnlyList<QuestionGroupShown> Shown)
{
    /// <summary>Every page of the language and its strings, as read when the strings were loaded.</summary>
    public static IEnumerable<CountedText> In(CheckedSite site, string language, Func<Page, IReadOnlyList<QuestionGroupShown>> groupsShown)
    {
        // A page's source keeps only its front matter once read; the body lives in the page.
        foreach (var page in site.Site.Pages.Where(p => p.Language == language && p.StandInFrom is null))
        {
            yield return new CountedText(page.Source, page.Source.Text + page.Body, page.Meta.Balance, groupsShown(page));
        }

        if (site.StringFiles.GetValueOrDefault(language) is { } strings)
        {
            yield return new CountedText(strings, strings.Text, null, []);
        }
    }

    /// <summary>Reports each stated number that none of the counts its words may state has, at its line.</summary>
    public void Check(CountMatcher matcher, DataCounter counter, DiagnosticBag diagnostics)
    {
        foreach (var stated in matcher.In(Text))
        {
            var match = stated.Match;
            var found = stated.Counts.Select(c => counter.Count(c, HeadingGroup(match.Index), Balance)).ToList();
            if (found.Any(f => f.Value == stated.Number))
            {
                continue;
            }

            var line = 1 + Text.AsSpan(0, match.Index).Count('\n');
            var said = CountMatcher.Normalise(match.Value, keepCase: true);
            var language = Source.Language;
            diagnostics.Report(DiagnosticCodes.CountMismatch, Source.At(line),
                $"the text says '{said}'{(char.IsAsciiDigit(said[0]) ? "" : $" ({stated.Number})")}, but there are {string.Join(", or ", found.Select(f => f.Description))}; " +
                $"change the sentence \"{SentenceAt.Find(Text, match.Index)}\" or the data (the words and what they count are in {language}/{CountStatements.FileName}); " +
                $"the booklet's own wording is guarded by the fidelity test ({CountCheck.FidelityTest}), so list a change to it in {language}/{DataLoader.Folder}/{DataLoader.CorrectionsFile}");
        }
    }

    /// <summary>
    /// For a number in a heading ("## Five dialogue questions"), the question group that the questions shortcode under
    /// that heading shows: the heading counts those questions, whatever page it is on.
    /// </summary>
    private string? HeadingGroup(int index)
    {
        var start = Text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (Shown.Count == 0 || Text.AsSpan(start).TrimStart(' ') is not ['#', ..])
        {
            return null;
        }

        var line = 1 + Text.AsSpan(0, index).Count('\n');
        var end = Text.IndexOf('\n', index);
        var below = end < 0 ? "" : Text[(end + 1)..];
        var next = NextHeading().Match(below);
        var nextLine = next.Success ? line + 1 + below.AsSpan(0, next.Index).Count('\n') : int.MaxValue;
        return Shown.Where(s => s.Line > line && s.Line < nextLine).OrderBy(s => s.Line).FirstOrDefault()?.Group;
    }

    [GeneratedRegex(@"^ {0,3}#", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NextHeading();
}
