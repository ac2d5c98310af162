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
        var advice = context.Data[call.Language].AdviceAt(level).Select(a => new ItemView(a.Id, a.Text)).ToList();
        return advice.Count > 0 ? new AdvicePart(level, advice) : call.NotFound("advice level", level);
    }
}
