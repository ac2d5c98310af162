using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;

namespace MaalMedMening.Generator.Localization;

/// <summary>The counts a statement may name, taken from the data and the pages of one language.</summary>
internal sealed class DataCounter(SiteIndex site, string language, LanguageData data)
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
