using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Markdown.Extensions.HeadingIds;

/// <summary>
/// Hands out one page's heading ids: the slug of the heading's text, with -2, -3 … when the page already has it.
/// Markdown headings and the headings that components write draw from the same allocator, in page order.
/// </summary>
public sealed class HeadingIdAllocator
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Next(string text)
    {
        var id = Transliteration.Slugify(text);
        var unique = id;
        for (var n = 2; !_taken.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }
}
