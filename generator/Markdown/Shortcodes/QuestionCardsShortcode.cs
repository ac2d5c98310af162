using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; question-cards &gt;}}</c>: every dialogue question as a card to cut out.</summary>
public sealed class QuestionCardsShortcode : IShortcode
{
    public string Name => "question-cards";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public IReadOnlyList<string> Strings => StringKeys.QuestionCards;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context) => For(call.Page, context);

    /// <summary>Every question as a card naming its balance (or "overall"), numbered within its group.</summary>
    public static QuestionCardsPart For(Page page, ShortcodeContext context)
    {
        var language = context.Data[page.Language];
        var text = context.Strings[page.Language];
        return new QuestionCardsPart(language.Questions
            .GroupBy(q => q.Group)
            .SelectMany(g => g.Select((q, i) => new QuestionCard(q.Id, GroupName(g.Key, language, text), i + 1, q.Text)))
            .ToList());
    }

    private static string GroupName(string group, LanguageData language, UiStrings text) =>
        language.FindBalance(group) is { } balance ? balance.Heading : text[StringKeys.OverallQuestions];
}
