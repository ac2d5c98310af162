using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tool;

/// <summary>
/// The rule table and the content must fit each other in every language: a rule that points at missing advice,
/// or advice that no rule can reach, is a build error.
/// </summary>
public static class RuleCheck
{
    private const string RulesFile = "generator/Tool/AdviceRules.cs";

    public static void Check(LogicTable table, LanguageData data, string dataFolder, DiagnosticBag diagnostics)
    {
        var toolFile = new SourceSpan($"{dataFolder}/tool-advice.yml", 1);
        var adviceFile = new SourceSpan($"{dataFolder}/advice.yml", 1);
        var balances = data.Balances.Select(b => b.Id).ToHashSet();
        foreach (var missing in AdviceRules.NamedBalances.Where(b => !balances.Contains(b)))
        {
            diagnostics.Report(DiagnosticCodes.RuleError, new SourceSpan($"{dataFolder}/balances.yml", 1),
                $"the balance tool's rules ({RulesFile}) name balance '{missing}', which this file does not have");
        }

        var pointed = table.Rules.Select(r => r.Advice).ToList();
        foreach (var advice in pointed.OfType<ToolTextAdvice>().Where(a => data.ToolAdvice.All(t => t.Id != a.AdviceId)))
        {
            diagnostics.Report(DiagnosticCodes.RuleError, toolFile,
                $"the balance tool's rules ({RulesFile}) point at advice '{advice.AdviceId}', which this file does not have; add it");
        }

        foreach (var advice in pointed.OfType<BookletAdvice>().Where(a => data.Advice.All(t => t.Id != a.AdviceId)))
        {
            diagnostics.Report(DiagnosticCodes.RuleError, adviceFile,
                $"the balance tool's rules ({RulesFile}) point at advice '{advice.AdviceId}', which this file does not have");
        }

        var reachable = pointed.Select(a => a.Id).ToHashSet();
        foreach (var advice in data.ToolAdvice.Where(t => !reachable.Contains(t.Id)))
        {
            diagnostics.Report(DiagnosticCodes.RuleError, advice.Span,
                $"no rule of the balance tool shows advice '{advice.Id}'; add a rule to {RulesFile} or remove the advice");
        }

        foreach (var advice in data.Advice.Where(a => !reachable.Contains(a.Id)))
        {
            diagnostics.Report(DiagnosticCodes.RuleError, advice.Span,
                $"no rule of the balance tool shows advice '{advice.Id}'; add a rule to {RulesFile}");
        }
    }
}
