namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>An argument a shortcode knows. Its value is plain text; a shortcode that needs it asks with <see cref="ShortcodeCall.Argument"/>, which reports it missing.</summary>
public sealed record ShortcodeArgument(string Name);
