using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// A shortcode's data as shown on another page than its own: the links it holds are re-based and its in-page links
/// prefixed (the components prefix the ids they write, from the chapter's prefix).
/// </summary>
public static class ShortcodeParts
{
    public static BodyPart ForContext(BodyPart part, RenderContext context)
    {
        if (context.IdPrefix.Length == 0 && context.RebaseLink is null)
        {
            return part;
        }

        return part switch
        {
            OverviewPart overview => overview with { Balances = overview.Balances.Select(b => b with { Href = b.Href is null ? null : context.Href(b.Href) }).ToList() },
            ToolPart tool => new ToolPart(tool.Tool with
            {
                Groups = tool.Tool.Groups.Select(g => g with
                {
                    Blocks = g.Blocks.Select(b => b with { Links = b.Links.Select(l => l with { Href = context.Href(l.Href) }).ToList() }).ToList(),
                }).ToList(),
                Rules = tool.Tool.Rules.Select(r => r with { Href = context.Href(r.Href) }).ToList(),
            }),
            _ => part,
        };
    }
}
