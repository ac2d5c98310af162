using MaalMedMening.Generator.Content;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>
/// <c>{{&lt; question-index &gt;}}</c>: every dialogue question on one page, in the data's groups and order. Each links
/// to where it is discussed: the first page in reading order that shows its group with <c>{{&lt; questions &gt;}}</c>
/// (a balance's chapter; the whole booklet, which repeats the chapters, is not counted).
/// </summary>
public sealed class QuestionIndexShortcode(PageOutlines outlines) : IShortcode
{
    public const string IdPrefix = "questions-";

    public const string ShortcodeName = "question-index";

    public string Name => ShortcodeName;

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public ShortcodeReads Reads => ShortcodeReads.OtherPages;

    public IReadOnlyList<string> Strings => StringKeys.QuestionIndex;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var data = context.Data[call.Language];
        var text = context.Strings[call.Language];
        var shown = WhereShown(call.Page, context);
        var groups = data.Questions.Select(q => q.Group).Distinct(StringComparer.Ordinal).Select(group =>
        {
            var where = shown.GetValueOrDefault(group);
            var href = where is null ? null : context.Urls.Between(call.Page.OutputPath, where.OutputPath);
            var heading = data.FindBalance(group) is { } balance ? balance.Heading : text[StringKeys.OverallQuestions];
            return new QuestionIndexGroup(
                IdPrefix + group,
                heading,
                where is null ? null : new Link(href!, where.Meta.Title),
                data.QuestionsIn(group).Select(q => new Link(href is null ? "" : href + "#" + q.Id, q.Text)).ToList());
        });
        return new QuestionIndexPart(groups.ToList());
    }

    /// <summary>Group → the first page in reading order that shows its questions.</summary>
    private Dictionary<string, Page> WhereShown(Page from, ShortcodeContext context)
    {
        var shown = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in context.Site.InReadingOrder(from.Language).Where(p => p.Meta.Layout != FrontMatter.BookletLayout))
        {
            foreach (var group in outlines.Of(page).Shortcodes.Select(QuestionsShortcode.GroupOf).OfType<string>())
            {
                shown.TryAdd(group, page);
            }
        }

        return shown;
    }
}
