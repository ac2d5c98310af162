using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Markdown;

namespace MaalMedMening.Generator.Rendering;

/// <summary>A page after rendering and writing: the ids it offers, and the fragments its links need.</summary>
public sealed record PageResult(Page Page, IReadOnlySet<string> Ids, IReadOnlyList<FragmentCheck> Fragments);
