using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>Loads and checks one language's data files (balances, questions, advice, charts, glossary, corrections).</summary>
public static class DataLoader
{
    public const string Folder = "data";

    public static LanguageData Load(string languageFolder, string language, DiagnosticBag diagnostics)
    {
        IReadOnlyList<YamlMap> Items(string name) => ReadList(Path.Combine(languageFolder, Folder, name), language, diagnostics);

        var balances = Items("balances.yml").Select(ToBalance).OfType<Balance>().ToList();
        var questions = Items("questions.yml")
            .Select(m => new Question(m.RequiredString("id"), m.RequiredString("group"), m.RequiredString("text"), m.Span))
            .ToList();
        var advice = Items("advice.yml")
            .Select(m => new Advice(m.RequiredString("id"), m.RequiredString("level"), m.RequiredString("text"), m.Span))
            .ToList();
        var charts = Items("charts.yml")
            .Select(m => new Chart(
                m.RequiredString("id"), m.RequiredString("title"), m.RequiredString("source"),
                m.OptionalString("unit") ?? "", m.OptionalString("note"),
                m.List("bars").Select(b => new ChartBar(b.OptionalString("label") ?? "", b.RequiredNumber("value"))).ToList(),
                m.Span, m.OptionalString("sourceLabels")))
            .ToList();
        var glossary = Items("glossary.yml")
            .Select(m => new GlossaryEntry(m.RequiredString("id"), m.RequiredString("term"), m.RequiredString("english"), m.RequiredString("explanation"), m.Span))
            .ToList();

        var toolAdvice = Items("tool-advice.yml")
            .Select(m => new ToolAdvice(m.RequiredString("id"), m.RequiredString("title"), m.RequiredString("text"),
                (m.OptionalString("links") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries), m.Span))
            .ToList();

        var corrections = Items("corrections.yml")
            .Select(m => new Correction(m.RequiredString("id"), m.RequiredString("source"), m.RequiredString("page"),
                m.RequiredString("original"), m.RequiredString("corrected"), m.Span))
            .ToList();

        var data = new LanguageData(language, balances, questions, advice, charts, glossary, toolAdvice, corrections);
        Check(data, diagnostics);
        return data;
    }

    private static Balance? ToBalance(YamlMap map)
    {
        var poles = map.List("poles")
            .Select(p => new Pole(p.RequiredString("id"), p.RequiredString("name"), p.RequiredString("advantage"), p.RequiredString("risk")))
            .ToList();
        if (poles.Count != 2)
        {
            map.Report(DiagnosticCodes.InvalidField, $"a balance has exactly two poles under 'poles:', not {poles.Count}");
            return null;
        }

        return new Balance(map.RequiredString("id"), map.RequiredString("dimension"), map.RequiredString("name"), poles[0], poles[1], map.Span);
    }

    private static void Check(LanguageData data, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in data.AllIds().GroupBy(i => (i.Kind, i.Id)).Where(g => g.Count() > 1))
        {
            foreach (var item in duplicate.Skip(1))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateId, item.Span,
                    $"{item.Kind} id '{item.Id}' is used twice; the first is at {duplicate.First().Span}");
            }
        }

        var groups = data.Balances.Select(b => b.Id).Prepend(Question.OverallGroup).ToHashSet();
        foreach (var question in data.Questions.Where(q => !groups.Contains(q.Group)))
        {
            diagnostics.Report(DiagnosticCodes.UnknownId, question.Span,
                $"question '{question.Id}' is in unknown group '{question.Group}'; use one of {string.Join(", ", groups)}");
        }

        foreach (var advice in data.Advice.Where(a => !Advice.Levels.Contains(a.Level)))
        {
            diagnostics.Report(DiagnosticCodes.InvalidField, advice.Span,
                $"advice '{advice.Id}' has unknown level '{advice.Level}'; use {string.Join(" or ", Advice.Levels)}");
        }
    }

    private static IReadOnlyList<YamlMap> ReadList(string path, string language, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var file = InputReader.Read(path, language, Path.GetFileName(path), diagnostics);
        if (file is null)
        {
            return [];
        }

        var root = YamlReader.Parse(file.Text, file, 1, diagnostics);
        if (root is YamlDotNet.RepresentationModel.YamlSequenceNode sequence)
        {
            return sequence.Children
                .Select(child => YamlMap.From(child, file, 1, diagnostics, "each item"))
                .OfType<YamlMap>()
                .ToList();
        }

        if (root is not null)
        {
            diagnostics.Report(DiagnosticCodes.InvalidField, file.At(1), "a data file must be a list of items, each starting with '- id: …'");
        }

        return [];
    }
}
