using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tool;

/// <summary>Turns the logic table and the content into the tool's view for one page: form, result, advice blocks, rules table.</summary>
public sealed class ToolViewBuilder(LogicTable table, SiteIndex site, RelativeUrls urls)
{
    public ToolView Build(Page page, LanguageData data, UiStrings strings)
    {
        var text = new ToolText(data, strings, table.Scale);
        var balances = data.Balances.Select(b => BalanceView(b, text, strings, table.Scale)).ToList();
        // The most specific advice first (issue #22): a group whose rules each need two balances (where balances combine)
        // before a balance's own advice, and that before advice any one answer can bring. OrderBy is stable, so groups of
        // equal weight keep the rules file's order.
        var groups = table.Rules
            .GroupBy(r => r.Group)
            .OrderByDescending(g => g.Min(r => Specificity(r.When)))
            .Select(g => new ToolGroupView(
                Id: $"group-{g.Key}",
                Heading: GroupHeading(g.Key, data),
                Balance: balances.FirstOrDefault(b => b.Id == g.Key),
                Blocks: g.Select(rule => Block(page, rule, data, text, strings)).ToList()))
            .ToList();
        var rules = table.Rules
            .Select(rule => new ToolRuleRow(rule.When.Describe(text), Title(rule.Advice, data, text, strings)))
            .ToList();
        return new ToolView(strings[StringKeys.EmbedTool], balances, groups, rules);
    }

    // How many answers must hold together: all of two balances' positions counts two, any of several counts its least.
    private static int Specificity(Condition condition) => condition switch
    {
        AllOf all => all.Parts.Sum(Specificity),
        AnyOf any => any.Parts.Count == 0 ? 0 : any.Parts.Min(Specificity),
        _ => 1,
    };

    private static ToolBalanceView BalanceView(Balance balance, ToolText text, UiStrings strings, Scale scale)
    {
        ToolQuestionView Question(AnswerKind kind) => new(
            FormIds.Name(balance.Id, kind),
            strings[kind == AnswerKind.Now ? StringKeys.ToolNow : StringKeys.ToolWant],
            scale.Positions.Select(p => new ToolOptionView(FormIds.Radio(balance.Id, kind, p), p, text.Position(balance.Id, p), FormIds.Echo(balance.Id, kind, p))).ToList(),
            strings[kind == AnswerKind.Now ? StringKeys.ToolChosenNow : StringKeys.ToolChosenWant],
            FormIds.NotChosen(balance.Id, kind));
        ToolMoveView[] moves =
        [
            new(FormIds.Movement(balance.Id, Movement.Left), text.Phrase(StringKeys.ToolMovingTo, balance.Left.Name)),
            new(FormIds.Movement(balance.Id, Movement.Right), text.Phrase(StringKeys.ToolMovingTo, balance.Right.Name)),
            new(FormIds.Movement(balance.Id, Movement.Stay), strings[StringKeys.ToolStaying]),
        ];
        return new ToolBalanceView(balance.Id, balance.Dimension, balance.Name, balance.Left.Name, balance.Right.Name,
            [Question(AnswerKind.Now), Question(AnswerKind.Want)], moves);
    }

    // A balance's group is headed by the balance; the rules file gives every other heading in each language.
    private string GroupHeading(string group, LanguageData data) =>
        table.Heading(group, data.Language) is { } heading ? heading
        : data.FindBalance(group) is { } b ? b.Heading
        : group;

    private static string Title(AdviceRef advice, LanguageData data, ToolText text, UiStrings strings) => advice switch
    {
        PoleAdvice pole => text.Phrase(StringKeys.ToolPoleTitle, text.Pole(pole.Balance, pole.Right)),
        MoveAdvice move => text.Phrase(StringKeys.ToolMoveTitle, text.Pole(move.Balance, move.Right)),
        // The title may name how many questions the balance has ({0}), so a tool with three need not say "five".
        QuestionsAdvice questions =>
            $"{text.Phrase(StringKeys.ToolQuestionsTitle, data.QuestionsIn(questions.Balance).Count().ToString(CultureInfo.InvariantCulture))} ({text.Dimension(questions.Balance)})",
        ToolTextAdvice tool => data.ToolAdvice.FirstOrDefault(t => t.Id == tool.AdviceId)?.Title ?? tool.AdviceId,
        BookletAdvice booklet => data.Advice.FirstOrDefault(a => a.Id == booklet.AdviceId)?.Title ?? booklet.AdviceId,
        _ => advice.Id,
    };

    private ToolBlockView Block(Page page, AdviceRule rule, LanguageData data, ToolText text, UiStrings strings)
    {
        var id = FormIds.Block(rule.Advice.Id);
        var title = Title(rule.Advice, data, text, strings);
        switch (rule.Advice)
        {
            // In the middle of the scale both poles' blocks show (the rules' toward-left and toward-right both hold there):
            // the booklet asks a team to weigh the advantages and drawbacks of the poles it is nearest, and in the middle it
            // is equally near both. The title names the pole without claiming the team is nearest it.
            case PoleAdvice pole when data.FindBalance(pole.Balance) is { } balance:
                var side = pole.Right ? balance.Right : balance.Left;
                return new ToolBlockView(id, title,
                    [new(strings[StringKeys.Advantage], side.AdvantageSentence ?? ""), new(strings[StringKeys.Risk], side.RiskSentence ?? "")],
                    [], [], [.. ChapterLinks(page, pole.Balance), .. RuleLinks(page, rule)]);
            case MoveAdvice move when data.FindBalance(move.Balance) is { } balance:
                var (from, to) = move.Right ? (balance.Left, balance.Right) : (balance.Right, balance.Left);
                return new ToolBlockView(id, title,
                    [
                        new(strings[StringKeys.ToolMoveGain], to.AdvantageSentence ?? ""),
                        new(strings[StringKeys.ToolMoveCost], to.RiskSentence ?? ""),
                        new(strings[StringKeys.ToolMoveLoss], from.AdvantageSentence ?? ""),
                    ],
                    [strings[StringKeys.ToolPractice]], [], [.. ChapterLinks(page, move.Balance), .. RuleLinks(page, rule)]);
            case QuestionsAdvice questions:
                return new ToolBlockView(id, title, [], [],
                    data.QuestionsIn(questions.Balance).Select(q => q.Text).ToList(), RuleLinks(page, rule));
            case ToolTextAdvice tool when data.ToolAdvice.FirstOrDefault(t => t.Id == tool.AdviceId) is { } advice:
                return new ToolBlockView(id, title, [], [advice.Text], [], PageLinks(page, [.. advice.Links, .. rule.Links]));
            case BookletAdvice booklet when data.Advice.FirstOrDefault(a => a.Id == booklet.AdviceId) is { } advice:
                return new ToolBlockView(id, title, [], [advice.Text], [], RuleLinks(page, rule));
            default:
                return new ToolBlockView(id, title, [], [], [], RuleLinks(page, rule));
        }
    }

    private List<Link> ChapterLinks(Page page, string balance) =>
        site.Pages.Where(p => p.Language == page.Language && p.Meta.Balance == balance)
            .Select(p => new Link(urls.Between(page.OutputPath, p.OutputPath), p.Meta.Title))
            .ToList();

    // The pages a rule names as the advice's source (the rules file's 'links:'), e.g. the researcher's chapter.
    private List<Link> RuleLinks(Page page, AdviceRule rule) => PageLinks(page, rule.Links);

    private List<Link> PageLinks(Page page, IEnumerable<string> keys) =>
        keys.Select(key => site.FindByKey(page.Language, key)).OfType<Page>()
            .Select(target => new Link(urls.Between(page.OutputPath, target.OutputPath), target.Meta.Title))
            .ToList();
}
