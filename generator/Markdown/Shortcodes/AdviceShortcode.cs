using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; advice level="…" &gt;}}</c>: the pieces of advice at one level.</summary>
public sealed class AdviceShortcode : IShortcode
{
    public string Name => "advice";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [new("level")];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var level = call.Argument("level");
        var data = context.Data[call.Language];
        var advice = data.AdviceAt(level).Select(a => new ItemView(a.Id, a.Text)).ToList();
        // The list is named by the level's name in the page's language (advice-levels.yml).
        var name = data.AdviceLevels.FirstOrDefault(l => l.Id == level)?.Name ?? level;
        return advice.Count > 0 ? new AdvicePart(level, name, advice) : call.NotFound("advice level", level);
    }
}
