using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown;

/// <summary>A page body after Markdown: HTML pieces and resolved shortcodes, plus the fragments its links need.</summary>
public sealed record RenderedBody(IReadOnlyList<BodyPart> Parts, IReadOnlyList<FragmentCheck> Fragments);
