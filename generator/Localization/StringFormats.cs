using System.Text;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// The UI strings the generator fills in with <see cref="string.Format(IFormatProvider, string, object[])"/>, and how many
/// values each is given. A stray '{' or a '{5}' in one of them would otherwise throw in the middle of the build.
/// </summary>
public static class StringFormats
{
    /// <summary>Key → the number of values passed ({0}, {1}, …); see ToolText, Condition, ToolViewBuilder, EmbedPages, ChartShortcode and FooterCredit.</summary>
    public static readonly IReadOnlyDictionary<string, int> Arguments = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [StringKeys.ToolNear] = 1,
        [StringKeys.ToolPoleTitle] = 1,
        [StringKeys.ToolMoveTitle] = 1,
        [StringKeys.ToolMoveGain] = 0,
        [StringKeys.ToolMoveCost] = 0,
        [StringKeys.ToolMoveLoss] = 0,
        [StringKeys.ToolMovingTo] = 1,
        [StringKeys.ToolStaying] = 0,
        [StringKeys.ToolNowAt] = 2,
        [StringKeys.ToolWantAt] = 2,
        [StringKeys.ToolMovingToward] = 2,
        [StringKeys.ToolAnswered] = 1,
        [StringKeys.ToolQuestionsTitle] = 1,
        [StringKeys.ToolAnd] = 0,
        [StringKeys.ToolOr] = 0,
        [StringKeys.EmbedBalanceQuestions] = 1,
        [StringKeys.PercentFormat] = 1,
        [StringKeys.DateFormat] = 3,
        [StringKeys.CreditSentence] = 2,
        [StringKeys.CreditCardSentence] = 1,
    };

    /// <summary>What is wrong with <paramref name="text"/> as the string <paramref name="key"/>, or null when it formats.</summary>
    public static string? Problem(string key, string text)
    {
        if (key == StringKeys.MonthNames && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 12)
        {
            return $"the UI string '{key}' must name the twelve months, separated by spaces";
        }

        if (!Arguments.TryGetValue(key, out var count))
        {
            return null;
        }

        var allowed = count == 0 ? "no placeholders" : string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{{i}}}"));
        try
        {
            var format = CompositeFormat.Parse(text);
            return format.MinimumArgumentCount <= count
                ? null
                : $"the UI string '{key}' uses a placeholder beyond {allowed}; it is given only {count} value(s)";
        }
        catch (FormatException)
        {
            return $"the UI string '{key}' has a '{{' or '}}' that is not a placeholder ({allowed}); write '{{{{' or '}}}}' for a literal brace";
        }
    }
}
