using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Markdown.Extensions.HeadingIds;

/// <summary>
/// Hands out one page's heading ids: the slug of the heading's text, with -2, -3 … when the page already has it.
/// Markdown headings and the headings that components write draw from the same allocator, in page order.
/// </summary>
public sealed class HeadingIdAllocator(Transliterator spelling)
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    // The next number to try for each slug: counting from 2 every time made 20 000 equal headings take a minute.
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public string Next(string text)
    {
        var id = spelling.Slugify(text);
        if (_taken.Add(id))
        {
            return id;
        }

        var n = _next.GetValueOrDefault(id, 2);
        var unique = $"{id}-{n}";
        while (!_taken.Add(unique))
        {
            unique = $"{id}-{++n}";
        }

        _next[id] = n + 1;
        return unique;
    }
}
