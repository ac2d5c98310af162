using System.Globalization;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; chart id="…" &gt;}}</c>: one bar chart from the data files.</summary>
public sealed class ChartShortcode : IShortcode
{
    public string Name => "chart";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [new("id")];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public IReadOnlyList<string> Strings => StringKeys.BarChart;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var id = call.Argument("id");
        return context.Data[call.Language].Charts.FirstOrDefault(c => c.Id == id) is { } chart
            ? new ChartPart(View(chart, context.Strings[call.Language]))
            : call.NotFound("chart", id);
    }

    private static ChartView View(Data.Chart chart, UiStrings text)
    {
        return new ChartView(chart.Id, chart.Title, chart.Source, chart.Unit, chart.Note,
            chart.Bars.Select(b => new ChartBarView(b.Label, b.Value, Format(b.Value, chart.Unit, text))).ToList(), chart.SourceLabels);
    }

    // InvariantGlobalization is on for speed and reproducibility, so each language's number format is in its strings.yml.
    private static string Format(double value, string unit, UiStrings text)
    {
        var number = value.ToString("0.0", CultureInfo.InvariantCulture).Replace(".", text[StringKeys.DecimalSeparator], StringComparison.Ordinal);
        return unit.Length == 0 ? number
            : unit == "%" ? string.Format(CultureInfo.InvariantCulture, text[StringKeys.PercentFormat], number)
            : $"{number} {unit}";
    }
}
