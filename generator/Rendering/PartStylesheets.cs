using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// The part stylesheets a body needs: one for each component it shows, anywhere in its sheets or chapters, that has a
/// stylesheet in the theme (<c>parts/&lt;Component&gt;.css</c>). What a page links follows from what it shows, so a
/// new part with its own CSS needs a file, not a list to extend. A page component (the embeds', the chooser's) counts
/// as a part of its page, so CSS that only one kind of page needs stays off the others.
/// </summary>
public static class PartStylesheets
{
    /// <param name="sheets">Each part stylesheet below the site root by its component's name.</param>
    /// <param name="page">The page component that renders the body, where it is not the content pages' own.</param>
    /// <returns>Their paths in ordinal order, so that every build writes the links alike (the tool's, <c>assets/tool.…</c>, last).</returns>
    public static IReadOnlyList<string> For(IEnumerable<BodyPart> body, IReadOnlyDictionary<string, string> sheets, Type? page = null) =>
        Components(body)
            .Concat(page is null ? [] : [page])
            .Select(component => sheets.GetValueOrDefault(component.Name))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<Type> Components(IEnumerable<BodyPart> body) => body.SelectMany(part => part switch
    {
        SheetPart sheet => Components(sheet.Parts).Prepend(part.Component),
        BookletPart booklet => booklet.Chapters.SelectMany(chapter => Components(chapter.Body)).Prepend(part.Component),
        _ => [part.Component],
    });
}
