using System.Text.RegularExpressions;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tool;

/// <summary>
/// The words the balance tool's answer shows must read as plain sentences (issue #22): a pole the rules show needs its
/// advantage and risk as sentences, and no advice text may carry the wording of a rule line, which belongs only in the
/// table "how the advice is chosen". Errors are reported at the pole's or advice's line.
/// </summary>
public static partial class AdviceTextCheck
{
    // The fixed words of the rules table's sentences ("{0} – now: {1}" gives "– now:"). A piece counts when it has a colon or
    // several words: a lone word ("[they]", " and ") is ordinary text.
    private static readonly string[] RuleKeys = [StringKeys.ToolNowAt, StringKeys.ToolWantAt, StringKeys.ToolMovingToward, StringKeys.ToolAnswered];

    public static void Check(LogicTable table, LanguageData data, UiStrings strings, DiagnosticBag diagnostics)
    {
        var shown = table.Rules.Select(r => r.Advice).ToList();
        var balances = shown.Select(a => a switch { PoleAdvice p => p.Balance, MoveAdvice m => m.Balance, _ => null })
            .OfType<string>().Distinct().ToHashSet();
        var texts = new List<(string Text, SourceSpan Span)>();
        foreach (var balance in data.Balances.Where(b => balances.Contains(b.Id)))
        foreach (var pole in balance.Poles)
        {
            foreach (var (key, sentence) in new[] { ("advantageSentence", pole.AdvantageSentence), ("riskSentence", pole.RiskSentence) })
            {
                if (string.IsNullOrWhiteSpace(sentence))
                {
                    diagnostics.Report(DiagnosticCodes.MissingToolSentence, pole.Span,
                        $"the balance tool shows the pole '{pole.Id}' of '{balance.Id}', but it has no '{key}:'; write it as one full sentence");
                }
                else
                {
                    texts.Add((sentence, pole.Span));
                }
            }
        }

        texts.AddRange(data.Advice.SelectMany(a => new[] { (a.Title, a.Span), (a.Text, a.Span) }));
        texts.AddRange(data.ToolAdvice.SelectMany(a => new[] { (a.Title, a.Span), (a.Text, a.Span) }));
        var wordings = RuleWordings(strings);
        foreach (var (text, span) in texts)
        {
            if (wordings.FirstOrDefault(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) is { } wording)
            {
                diagnostics.Report(DiagnosticCodes.RuleTextInAdvice, span,
                    $"the text contains '{wording}', the wording of a rule line; say it as advice, the table of how advice is chosen says when it shows");
            }
        }
    }

    private static List<string> RuleWordings(UiStrings strings) =>
        RuleKeys.Where(strings.Values.ContainsKey)
            .SelectMany(key => Placeholder().Split(strings.Values[key]))
            .Select(piece => piece.Trim())
            .Where(piece => piece.Count(char.IsLetter) >= 2 && (piece.Contains(':') || Word().Count(piece) >= 2))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
