using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>Loads and checks one language's data files (balances, questions, advice, charts, glossary, corrections).</summary>
public static class DataLoader
{
    public const string Folder = "data";

    /// <summary>The web edition's changes to the printed wording, which the fidelity tests apply (named by CountCheck's message too).</summary>
    public const string CorrectionsFile = "corrections.yml";

    /// <summary>The levels advice.yml sorts its advice by, with their names (a publication chooses its own).</summary>
    public const string AdviceLevelsFile = "advice-levels.yml";

    /// <param name="inputFolder">The input folder the data must really be inside; null skips that check.</param>
    public static LanguageData Load(string languageFolder, string language, DiagnosticBag diagnostics, string? inputFolder = null)
    {
        // Reported apart first, so that the data can say whether its own files had errors (the bag is shared with
        // the pages, read at the same time), and then passed on.
        var own = new DiagnosticBag();
        var data = Read(languageFolder, language, own, inputFolder);
        diagnostics.Include(own);
        return data with { HasErrors = own.HasErrors };
    }

    private static LanguageData Read(string languageFolder, string language, DiagnosticBag diagnostics, string? inputFolder)
    {
        // Each file's keys are listed where it is read: any other key is a typo that would be dropped in silence.
        IReadOnlyList<YamlMap> Items(string name, params string[] keys) =>
            ReadList(Path.Combine(languageFolder, Folder, name), language, keys, diagnostics, inputFolder);

        var balances = Items("balances.yml", "id", "dimension", "name", "poles").Select(ToBalance).OfType<Balance>().ToList();
        var questions = Items("questions.yml", "id", "group", "text")
            .Select(m => new Question(m.RequiredId("id"), m.RequiredString("group"), m.RequiredString("text"), m.Span))
            .ToList();
        var advice = Items("advice.yml", "id", "title", "level", "text")
            .Select(m => new Advice(m.RequiredId("id"), m.RequiredString("title"), m.RequiredString("level"), m.RequiredString("text"), m.Span))
            .ToList();
        var levels = Items(AdviceLevelsFile, "id", "name")
            .Select(m => new AdviceLevel(m.RequiredId("id"), m.RequiredString("name"), m.Span))
            .ToList();
        var charts = Items("charts.yml", "id", "title", "source", "unit", "note", "bars", "sourceLabels")
            .Select(m => (Map: m, Unit: m.OptionalString("unit") ?? ""))
            .Select(c => new Chart(
                c.Map.RequiredId("id"), c.Map.RequiredString("title"), c.Map.RequiredString("source"),
                c.Unit, c.Map.OptionalString("note"),
                c.Map.List("bars").Select(b => b.RejectingUnknownKeys("label", "value")).Select(b => new ChartBar(b.OptionalString("label") ?? "", BarValue(b, c.Unit, diagnostics))).ToList(),
                c.Map.Span, c.Map.OptionalString("sourceLabels")))
            .ToList();
        var glossary = Items("glossary.yml", "id", "term", "explanation")
            .Select(m => new GlossaryEntry(m.RequiredId("id"), m.RequiredString("term"), m.RequiredString("explanation"), m.Span))
            .ToList();

        var toolAdvice = Items("tool-advice.yml", "id", "title", "text", "links")
            .Select(m => new ToolAdvice(m.RequiredId("id"), m.RequiredString("title"), m.RequiredString("text"),
                (m.OptionalString("links") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries), m.Span)
            {
                LinksSpan = m.SpanOf("links"),
            })
            .ToList();

        var corrections = Items(CorrectionsFile, "id", "source", "page", "original", "corrected", "reason")
            .Select(m => new Correction(m.RequiredId("id"), m.RequiredString("source"), m.RequiredString("page"),
                m.RequiredString("original"), m.RequiredString("corrected"), m.RequiredString("reason"), m.Span))
            .ToList();

        var data = new LanguageData(language, balances, questions, advice, charts, glossary, toolAdvice, corrections) { AdviceLevels = levels };
        Check(data, diagnostics);
        return data;
    }

    /// <summary>The largest bar value drawn; beyond it the chart's arithmetic and layout stop making sense.</summary>
    public const double MaxBarValue = 1_000_000;

    /// <summary>A bar's value: finite, not negative, at most <see cref="MaxBarValue"/>, and at most 100 for a percentage.</summary>
    private static double BarValue(YamlMap bar, string unit, DiagnosticBag diagnostics)
    {
        var value = bar.RequiredNumber("value");
        var max = unit == "%" ? 100 : MaxBarValue;
        if (double.IsFinite(value) && value >= 0 && value <= max)
        {
            return value;
        }

        // NaN or Infinity would be drawn as width="NaN"; a huge value squeezes every other bar to nothing.
        diagnostics.Report(DiagnosticCodes.NumberOutOfRange, bar.SpanOf("value"),
            $"the bar value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range; write a number from 0 to {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(unit == "%" ? " (the unit is %)" : "")}");
        return 0;
    }

    private static Balance? ToBalance(YamlMap map)
    {
        var poles = map.List("poles")
            .Select(p => p.RejectingUnknownKeys("id", "name", "advantage", "risk", "advantageSentence", "riskSentence"))
            .Select(p => new Pole(p.RequiredId("id"), p.RequiredString("name"), p.RequiredString("advantage"), p.RequiredString("risk"),
                p.OptionalString("advantageSentence"), p.OptionalString("riskSentence"), p.Span))
            .ToList();
        if (poles.Count != 2)
        {
            map.Report(DiagnosticCodes.InvalidValue, $"a balance has exactly two poles under 'poles:', not {poles.Count}");
            return null;
        }

        return new Balance(map.RequiredId("id"), map.RequiredString("dimension"), map.RequiredString("name"), poles[0], poles[1], map.Span);
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

        var levels = data.AdviceLevels.Select(l => l.Id).ToList();
        foreach (var advice in data.Advice.Where(a => !levels.Contains(a.Level)))
        {
            diagnostics.Report(DiagnosticCodes.UnknownValue, advice.Span, levels.Count == 0
                ? $"advice '{advice.Id}' has level '{advice.Level}', but no levels are declared; add {Folder}/{AdviceLevelsFile} with '- id: {advice.Level}' and its 'name:'"
                : $"advice '{advice.Id}' has unknown level '{advice.Level}'; use {string.Join(" or ", levels)} (from {AdviceLevelsFile})");
        }
    }

    private static IReadOnlyList<YamlMap> ReadList(string path, string language, string[] keys, DiagnosticBag diagnostics, string? inputFolder)
    {
        if (!InputFiles.Present(path) || InputReader.Read(path, language, Path.GetFileName(path), diagnostics, inputFolder) is not { } file)
        {
            return [];
        }

        var items = YamlReader.ReadItems(file, diagnostics);
        foreach (var item in items)
        {
            item.RejectUnknownKeys(keys);
        }

        return items;
    }
}
