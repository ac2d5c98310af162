namespace MaalMedMening.Generator.Rendering;

/// <summary>A finished page that belongs to the site rather than to one content page (chooser, 404, embed): where it goes below the site root, and its HTML.</summary>
public sealed record RenderedFile(string Path, string Html);
