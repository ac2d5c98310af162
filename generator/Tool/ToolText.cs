using System.Globalization;
using MaalMedMening.Generator.Data;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tool;

/// <summary>The tool's words in one language: position names from the balances' data, phrases from the strings table.</summary>
public sealed class ToolText(LanguageData data, UiStrings strings) : IConditionText
{
    public string Dimension(string balance) => data.FindBalance(balance)?.Dimension ?? balance;

    public string Pole(string balance, bool right) =>
        data.FindBalance(balance) is { } b ? (right ? b.Right : b.Left).Name : balance;

    /// <summary>1 and 5 are the poles; 2 and 4 are "close to" them; 3 is "in between".</summary>
    public string Position(string balance, int position) => position switch
    {
        Scale.Left => Pole(balance, right: false),
        Scale.Right => Pole(balance, right: true),
        Scale.Middle => strings[StringKeys.ToolMiddle],
        < Scale.Middle => Phrase(StringKeys.ToolNear, Pole(balance, right: false)),
        _ => Phrase(StringKeys.ToolNear, Pole(balance, right: true)),
    };

    public string Phrase(string key, params string[] values) =>
        string.Format(CultureInfo.InvariantCulture, strings[key], values);
}
