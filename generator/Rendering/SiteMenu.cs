using MaalMedMening.Generator.Content;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// The header menu: the pages site.yml's <c>menu:</c> names, in its order, each labelled with its <c>menuTitle:</c>
/// (else its title), and the entry for the current page or its section marked.
/// </summary>
public static class SiteMenu
{
    /// <param name="current">The page being rendered; null on pages that are not content pages (404).</param>
    /// <param name="href">The link from the rendered page to a menu page.</param>
    public static IReadOnlyList<MenuItem> For(SiteSettings settings, SiteIndex site, string language, Page? current, Func<Page, string> href)
    {
        var section = current is null ? null : site.SectionOf(current);
        return settings.Menu
            .Distinct(StringComparer.Ordinal)
            .Select(key => site.FindByKey(language, key))
            .OfType<Page>()
            .Select(target => new MenuItem(
                new Link(href(target), target.Meta.MenuTitle ?? target.Meta.Title),
                target == current ? MenuItem.CurrentPage : target == section ? MenuItem.CurrentSection : null))
            .ToList();
    }
}
