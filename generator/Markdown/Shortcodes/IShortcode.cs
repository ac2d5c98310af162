using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>
/// One shortcode, as <c>{{&lt; name arg="…" &gt;}}</c> on a line of its own: its name, the arguments it knows, and
/// the part it renders (which names the theme component that shows it). Registered with <see cref="ShortcodeRegistryBuilder"/>.
/// </summary>
public interface IShortcode
{
    string Name { get; }

    /// <summary>Every argument the shortcode knows; any other is a content error (MM072) and the shortcode is not rendered.</summary>
    IReadOnlyList<ShortcodeArgument> Arguments { get; }

    /// <summary>What it reads beyond its own page's text; a shortcode that reads other pages' bodies must say so, or
    /// <c>serve</c> shows its page stale.</summary>
    ShortcodeReads Reads { get; }

    /// <summary>The UI strings its part shows (one of the lists in <see cref="StringKeys"/>): a language whose pages use
    /// the shortcode must define them; one whose pages do not may leave them out.</summary>
    IReadOnlyList<string> Strings => [];

    /// <summary>The part to show, or null when the call is in error (reported through <paramref name="call"/>).</summary>
    BodyPart? Render(ShortcodeCall call, ShortcodeContext context);

    /// <summary>The part as shown on another page than its own (a chapter of the whole booklet): the links it holds re-based. Most parts hold none.</summary>
    BodyPart ForContext(BodyPart part, RenderContext context) => part;
}
