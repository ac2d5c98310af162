using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown;

namespace MaalMedMening.Generator.Rendering;

/// <summary>A page after rendering: the ids it offers, and the fragments its links need.</summary>
/// <param name="Reused">Taken from the preview's cache rather than rendered in this build.</param>
public sealed record PageResult(Page Page, IReadOnlySet<string> Ids, IReadOnlyList<FragmentCheck> Fragments, bool Reused = false)
{
    /// <summary>The ids of the page's headings in page order, which an error about a keyword's heading lists; none for a reused page.</summary>
    public IReadOnlyList<string> HeadingIds { get; init; } = [];
}
