using System.Net;
using Microsoft.AspNetCore.Components;

namespace MaalMedMening.Theme.Models;

/// <summary>
/// The part stylesheets' links written as an expression rather than an <c>@foreach</c> block: Razor drops the line
/// break after a block, which would change the head of every page, also those without the links.
/// </summary>
public static class StylesheetLink
{
    /// <summary>A link element for each of <paramref name="paths"/> below the root, in order; nothing when there are none.</summary>
    public static MarkupString For(string rootPrefix, IReadOnlyList<string> paths) =>
        new(string.Concat(paths.Select(path => $"<link rel=\"stylesheet\" href=\"{WebUtility.HtmlEncode(rootPrefix + path)}\" />")));
}
