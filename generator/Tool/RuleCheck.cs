using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tool;

/// <summary>
/// The rules file and one language's content must fit each other: a rule that points at advice, a heading or a page
/// the language lacks is an error at the rule's line; advice that no rule can reach is an error at the advice's line.
/// </summary>
/// <param name="table">The rules as loaded; null when the input has no rules file.</param>
public sealed class RuleCheck(LogicTable? table)
{
    public void Check(CheckedSite input, DiagnosticBag diagnostics)
    {
        // A site without balances has no balance tool to check.
        foreach (var language in input.Site.Languages.Where(l => input.Data[l].Balances.Count > 0))
        {
            var dataFolder = InputReader.DisplayPath(Path.Combine(input.LanguageFolder(language), DataLoader.Folder));
            CheckLanguage(table, input.Data[language], input.Strings[language], input.Site, dataFolder, diagnostics, input.Strings[language].Fallback is not null);
        }
    }

    /// <summary>The rules against one language's content.</summary>
    /// <param name="inProgress">The language is previewed in progress (<c>serve</c>): a heading or position names it lacks are
    /// warnings, shown in the default language's words (<see cref="LogicTable.FilledIn"/>).</param>
    public static void CheckLanguage(LogicTable? table, LanguageData data, UiStrings strings, SiteIndex site, string dataFolder, DiagnosticBag diagnostics,
        bool inProgress = false)
    {
        void Missing(string code, SourceSpan span, string message)
        {
            if (inProgress)
            {
                diagnostics.Warn(code, span, message + " (previewed with the default language's text; build fails until then)");
            }
            else
            {
                diagnostics.Report(code, span, message);
            }
        }

        if (table is null)
        {
            diagnostics.Report(DiagnosticCodes.RuleError, new SourceSpan($"{dataFolder}/balances.yml", 1),
                $"there are balances, but no rules for the balance tool; add {ToolRulesLoader.FileName} to the input folder (see input/README.md)");
            return;
        }

        // Rules that could not be read (invalid YAML, an alias loop) have their own error; every piece of advice would
        // look unreachable otherwise.
        if (ReferenceEquals(table, LogicTable.None))
        {
            return;
        }

        var toolFile = $"{dataFolder}/tool-advice.yml";
        var adviceFile = $"{dataFolder}/advice.yml";
        foreach (var rule in table.Rules)
        {
            if (rule.Advice is ToolTextAdvice tool && data.ToolAdvice.All(t => t.Id != tool.AdviceId))
            {
                diagnostics.Report(DiagnosticCodes.UnknownId, rule.Span, $"the rule shows tool advice '{tool.AdviceId}', which {toolFile} does not have");
            }

            if (rule.Advice is BookletAdvice booklet && data.Advice.All(a => a.Id != booklet.AdviceId))
            {
                diagnostics.Report(DiagnosticCodes.UnknownId, rule.Span, $"the rule shows advice '{booklet.AdviceId}', which {adviceFile} does not have");
            }

            foreach (var key in rule.Links.Where(k => site.FindByKey(data.Language, k) is null))
            {
                diagnostics.Report(DiagnosticCodes.UnknownId, rule.Span, $"the rule links to page '{key}', which language '{data.Language}' does not have");
            }
        }

        foreach (var group in table.HeadedGroups.Where(g => g.Headings is { } texts && !texts.ContainsKey(data.Language)))
        {
            Missing(DiagnosticCodes.MissingToolHeading, group.Span,
                $"the heading of group '{group.Id}' has no text in language '{data.Language}'; add '{data.Language}: …' under its 'heading:'");
        }

        if (table.Scale.Labels.Count > 0 && !table.Scale.Labels.ContainsKey(data.Language))
        {
            Missing(DiagnosticCodes.MissingPositionLabels, table.Scale.LabelsSpan ?? new SourceSpan(ToolRulesLoader.FileName, 1),
                $"the scale names its positions, but not in language '{data.Language}'; add '{data.Language}: [ … ]' under 'labels:'");
        }

        var reachable = table.Rules.Select(r => r.Advice.Id).Concat(table.Unread).ToHashSet();
        var rulesFile = table.Rules.FirstOrDefault()?.Span.File ?? ToolRulesLoader.FileName;
        foreach (var (id, span) in data.ToolAdvice.Select(t => (t.Id, t.Span)).Concat(data.Advice.Select(a => (a.Id, a.Span))).Where(a => !reachable.Contains(a.Id)))
        {
            diagnostics.Report(DiagnosticCodes.RuleError, span, $"no rule of the balance tool shows advice '{id}'; add a rule to {rulesFile} or remove the advice");
        }

        AdviceTextCheck.Check(table, data, strings, diagnostics);
    }
}
