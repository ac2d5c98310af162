using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; glossary &gt;}}</c>: the glossary, each term with its translation.</summary>
public sealed class GlossaryShortcode : IShortcode
{
    public string Name => "glossary";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var other = context.Site.Languages.FirstOrDefault(l => l != "da") ?? "en";
        return new GlossaryPart(
            context.Data[call.Language].Glossary.Select(g => new GlossaryView(g.Id, g.Term, g.English, g.Explanation)).ToList(),
            TermLanguage: "da",
            EnglishLanguage: other);
    }
}
