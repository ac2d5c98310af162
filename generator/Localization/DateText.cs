using System.Globalization;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Localization;

/// <summary>
/// Dates as each language writes them, from its strings: <c>dateFormat</c> ({0} day, {1} month name, {2} year) and
/// <c>monthNames</c> (twelve, separated by spaces). The build runs with invariant globalization, so the month names
/// cannot come from .NET's cultures; they are data like every other word of the site.
/// </summary>
public static class DateText
{
    public static DateView View(DateOnly date, UiStrings text) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Format(date, text));

    public static string Format(DateOnly date, UiStrings text)
    {
        var months = text[StringKeys.MonthNames].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var month = months.Length == 12 ? months[date.Month - 1] : date.Month.ToString(CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, text[StringKeys.DateFormat], date.Day, month, date.Year);
    }
}
