using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// The one shape of an id from the data (a balance, pole, question, piece of advice, a tool group) that becomes part
/// of an HTML id and of the tool's CSS selectors: lower-case a–z and 0–9 in words joined by '-', starting with a
/// letter. Such an id needs no escaping in either place; a dot (<c>strategic.1</c>) would make <c>#advice-strategic.1</c>
/// select a class, and a quote or slash would break the stylesheet.
/// </summary>
public static partial class DataIds
{
    public const string Shape = "lower-case a–z and 0–9 in words joined by '-', starting with a letter";

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    /// <summary>The nearest valid id, for the message: 'Strategic.1' → 'strategic-1'.</summary>
    public static string Suggest(string id)
    {
        var slug = Transliteration.Default.Slugify(id);
        return char.IsAsciiLetterLower(slug[0]) ? slug : "id-" + slug;
    }

    /// <summary>The message for an id that is not <see cref="IsValid"/>.</summary>
    public static string Problem(string what, string id) =>
        $"{what} '{id}' cannot be used: ids become HTML ids and CSS selectors, so they are {Shape}; write '{Suggest(id)}'";

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
