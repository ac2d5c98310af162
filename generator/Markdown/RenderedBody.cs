using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// A page body after Markdown: HTML pieces and resolved shortcodes as written on its own page, the fragments its
/// links need, and the parsed body, to be written again where another page shows it (the whole booklet).
/// </summary>
public sealed record RenderedBody(IReadOnlyList<BodyPart> Parts, IReadOnlyList<FragmentCheck> Fragments, ParsedBody Parsed);
