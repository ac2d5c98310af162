namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>
/// What a shortcode reads beyond its own page's text. Every shortcode may read the routed site's front matter, the
/// data files and the UI strings; they are part of every page's fingerprint in <c>serve</c>'s render cache and need
/// no declaring. What is declared here makes a page depend on other pages' bodies: the render cache renders such a
/// page again when any body of its language changes, the composite dates take the newest of what it reads, and the
/// booklet's chapters are parsed before it.
/// </summary>
[Flags]
public enum ShortcodeReads
{
    /// <summary>Only its own arguments, the data and the strings.</summary>
    None = 0,

    /// <summary>The bodies of the other pages of its language: their headings, keywords and shortcodes (the indexes).</summary>
    OtherPages = 1,

    /// <summary>The pages its arguments name, in full, as the chapters of the whole booklet.</summary>
    Booklet = 2,
}
