using System.Globalization;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; chart id="…" &gt;}}</c>: one bar chart from the data files.</summary>
public sealed class ChartShortcode : IShortcode
{
    public string Name => "chart";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [new("id")];

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var id = call.Argument("id");
        return context.Data[call.Language].Charts.FirstOrDefault(c => c.Id == id) is { } chart
            ? new ChartPart(View(chart, call.Language))
            : call.NotFound("chart", id);
    }

    private static ChartView View(Data.Chart chart, string language)
    {
        return new ChartView(chart.Id, chart.Title, chart.Source, chart.Unit, chart.Note,
            chart.Bars.Select(b => new ChartBarView(b.Label, b.Value, Format(b.Value, chart.Unit, language))).ToList(), chart.SourceLabels);
    }

    // InvariantGlobalization is on for speed and reproducibility, so Danish number formatting is done by hand.
    private static string Format(double value, string unit, string language)
    {
        var number = value.ToString("0.0", CultureInfo.InvariantCulture);
        number = language == "da" ? number.Replace('.', ',') : number;
        return unit.Length == 0 ? number : unit == "%" && language == "da" ? $"{number} %" : $"{number}{(unit == "%" ? "" : " ")}{unit}";
    }
}
