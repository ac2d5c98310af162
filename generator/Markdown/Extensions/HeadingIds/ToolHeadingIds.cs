using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Extensions.HeadingIds;

/// <summary>The balance tool's advice headings take their ids from the page's allocator, in the order they stand on the page.</summary>
public static class ToolHeadingIds
{
    public static ToolView Assign(ToolView tool, HeadingIdAllocator ids) =>
        tool with
        {
            Groups = tool.Groups
                .Select(group => group with { Blocks = group.Blocks.Select(block => block with { HeadingId = ids.Next(block.Title) }).ToList() })
                .ToList(),
        };
}
