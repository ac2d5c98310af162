using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>
/// <c>{{&lt; glossary &gt;}}</c>: the glossary, each headword in the default language with the same term in each other
/// language (each language's glossary.yml gives its own term) and the explanation in the page's language.
/// </summary>
public sealed class GlossaryShortcode : IShortcode
{
    public const string ShortcodeName = "glossary";

    public string Name => ShortcodeName;

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var languages = context.Site.Languages;
        var headwordLanguage = languages[0];
        string TermIn(string language, string id) =>
            context.Data.TryGetValue(language, out var data) && data.Glossary.FirstOrDefault(g => g.Id == id) is { } entry ? entry.Term : "";

        // A missing twin fails the build (translation parity); until then its term is left empty.
        return new GlossaryPart(
            context.Data[call.Language].Glossary
                .Select(g => new GlossaryView(g.Id, TermIn(headwordLanguage, g.Id),
                    languages.Skip(1).Select(l => new GlossaryTranslation(l, TermIn(l, g.Id))).ToList(), g.Explanation))
                .ToList(),
            TermLanguage: headwordLanguage);
    }
}
