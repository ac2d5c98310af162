using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; questions group="…" &gt;}}</c>: the dialogue questions of one group (a balance, or "overall").</summary>
public sealed class QuestionsShortcode : IShortcode
{
    public string Name => "questions";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [new("group")];

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var group = call.Argument("group");
        var questions = context.Data[call.Language].QuestionsIn(group).Select(q => new ItemView(q.Id, q.Text)).ToList();
        return questions.Count > 0 ? new QuestionsPart(group, questions) : call.NotFound("question group", group);
    }
}
