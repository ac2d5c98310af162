using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Generator.Tool;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// Every shortcode the site knows. A new shortcode is one class (implementing <see cref="IShortcode"/>, with what it
/// reads beyond its page in <see cref="IShortcode.Reads"/>), its theme component, and one line here; the editors'
/// table in input/README.md lists it (a test keeps that table complete).
/// </summary>
public static class SiteShortcodes
{
    public static ShortcodeRegistryBuilder Register(ToolViewBuilder tool, PageOutlines outlines, string accessibilityStatementUrl) =>
        new ShortcodeRegistryBuilder()
            .Use(new QuestionsShortcode())
            .Use(new AdviceShortcode())
            .Use(new BalanceOverviewShortcode())
            .Use(new ChartShortcode())
            .Use(new GlossaryShortcode())
            .Use(new BalanceToolShortcode(tool))
            .Use(new BookletShortcode())
            .Use(new QuestionCardsShortcode())
            .Use(new AccessibilityStatementShortcode(accessibilityStatementUrl))
            .Use(new CorrectionsShortcode())
            // The front door and the indexes, which lead readers to where the booklet says what they look for.
            .Use(new BalanceDoorsShortcode())
            .Use(new EntryPointsShortcode())
            .Use(new QuestionIndexShortcode(outlines))
            .Use(new SubjectIndexShortcode(outlines));
}
