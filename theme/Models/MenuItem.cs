namespace MaalMedMening.Theme.Models;

/// <summary>One entry of the header menu.</summary>
/// <param name="Current">The entry's <c>aria-current</c>: "page" on the page itself, "true" on the section the page is in, else null.</param>
public sealed record MenuItem(Link Link, string? Current)
{
    public const string CurrentPage = "page";
    public const string CurrentSection = "true";
}
