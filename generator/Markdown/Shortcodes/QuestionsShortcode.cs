using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; questions group="…" &gt;}}</c>: the dialogue questions of one group (a balance, or "overall").</summary>
public sealed class QuestionsShortcode : IShortcode
{
    public const string ShortcodeName = "questions";

    public const string GroupArgument = "group";

    public string Name => ShortcodeName;

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [new(GroupArgument)];

    public ShortcodeReads Reads => ShortcodeReads.None;

    /// <summary>The question group <paramref name="call"/> shows, or null when it is not this shortcode (or names none).</summary>
    public static string? GroupOf(ShortcodeUse call) => call.Name == ShortcodeName ? call.Argument(GroupArgument) : null;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var group = call.Argument(GroupArgument);
        var questions = context.Data[call.Language].QuestionsIn(group).Select(q => new ItemView(q.Id, q.Text)).ToList();
        return questions.Count > 0 ? new QuestionsPart(group, questions) : call.NotFound("question group", group);
    }
}
