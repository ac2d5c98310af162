namespace MaalMedMening.Generator.Content;

public enum PageKind
{
    /// <summary>A language's start page (<c>_index.md</c> at the top of a language folder).</summary>
    Home,
    /// <summary>A section's own page (<c>_index.md</c> in a sub-folder); its pages follow it in reading order.</summary>
    Section,
    /// <summary>An ordinary chapter, case or tool page.</summary>
    Page,
}
