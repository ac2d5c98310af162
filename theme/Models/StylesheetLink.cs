using System.Net;
using Microsoft.AspNetCore.Components;

namespace MaalMedMening.Theme.Models;

/// <summary>
/// A second stylesheet link written as an expression rather than an <c>@if</c> block: Razor drops the line break after
/// a block, which would change the head of every page, also those without the link.
/// </summary>
public static class StylesheetLink
{
    /// <summary>The link element for <paramref name="path"/> below the root, or nothing when there is no path.</summary>
    public static MarkupString For(string rootPrefix, string? path) =>
        path is null ? default : new MarkupString($"<link rel=\"stylesheet\" href=\"{WebUtility.HtmlEncode(rootPrefix + path)}\" />");
}
