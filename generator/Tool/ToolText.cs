using System.Globalization;
using MaalMedMening.Generator.Data;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tool;

/// <summary>The tool's words in one language: position names from the balances' data, phrases from the strings table.</summary>
public sealed class ToolText(LanguageData data, UiStrings strings, Scale scale) : IConditionText
{
    public string Dimension(string balance) => data.FindBalance(balance)?.Dimension ?? balance;

    public string Pole(string balance, bool right) =>
        data.FindBalance(balance) is { } b ? (right ? b.Right : b.Left).Name : balance;

    /// <summary>
    /// The scale's own label for the position in this language where it names them; otherwise the first and last
    /// positions are the poles, the middle one (on an odd scale) is "in between", and every other is "close to" the nearer pole.
    /// </summary>
    public string Position(string balance, int position) =>
        scale.Labels.TryGetValue(data.Language, out var labels) && position >= 1 && position <= labels.Count
            ? labels[position - 1].Replace("{left}", Pole(balance, right: false), StringComparison.Ordinal).Replace("{right}", Pole(balance, right: true), StringComparison.Ordinal)
        : position == 1 ? Pole(balance, right: false)
        : position == scale.Count ? Pole(balance, right: true)
        : position == scale.Middle ? strings[StringKeys.ToolMiddle]
        : Phrase(StringKeys.ToolNear, Pole(balance, right: !scale.NearerLeft(position)));

    public string Phrase(string key, params string[] values) =>
        string.Format(CultureInfo.InvariantCulture, strings[key], values);
}
