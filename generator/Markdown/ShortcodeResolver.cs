using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown;

/// <summary>Turns a shortcode into the data it names, so that each question, balance or piece of advice is written once and shown wherever it is asked for.</summary>
public sealed class ShortcodeResolver(
    SiteIndex site,
    IReadOnlyDictionary<string, LanguageData> data,
    IReadOnlyDictionary<string, UiStrings> strings,
    Tool.ToolViewBuilder tool,
    RelativeUrls urls,
    string accessibilityStatementUrl)
{
    public const string Questions = "questions";
    public const string Advice = "advice";
    public const string BalanceOverview = "balance-overview";
    public const string Chart = "chart";
    public const string Glossary = "glossary";
    public const string BalanceTool = "balance-tool";
    public const string Booklet = "booklet";
    public const string QuestionCards = "question-cards";
    public const string AccessibilityStatement = "accessibility-statement";
    public const string Corrections = "corrections";

    /// <summary>Each shortcode with the arguments it knows; any other argument is a content error.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> KnownArguments = new Dictionary<string, string[]>
    {
        [Questions] = ["group"],
        [Advice] = ["level"],
        [BalanceOverview] = [],
        [Chart] = ["id"],
        [Glossary] = [],
        [BalanceTool] = [],
        [Booklet] = ["keys"],
        [QuestionCards] = [],
        [AccessibilityStatement] = [],
        [Corrections] = [],
    };

    private static readonly string[] Known = [Questions, Advice, BalanceOverview, Chart, Glossary, BalanceTool, Booklet, QuestionCards, AccessibilityStatement, Corrections];

    public BodyPart? Resolve(Page page, ShortcodeBlock block, DiagnosticBag diagnostics)
    {
        var span = page.Source.At(page.BodyLine + block.Line);
        var language = data[page.Language];
        if (block.Malformed is { } reason)
        {
            diagnostics.Report(DiagnosticCodes.MalformedShortcode, span, $"malformed shortcode: {reason}");
            return null;
        }

        if (!KnownArguments.TryGetValue(block.Name, out var knownArguments))
        {
            diagnostics.Report(DiagnosticCodes.BadShortcode, span,
                $"unknown shortcode '{block.Name}'; known shortcodes are {string.Join(", ", Known)}");
            return null;
        }

        var unknownArguments = block.Arguments.Where(a => !knownArguments.Contains(a.Key)).ToList();
        foreach (var (name, _) in unknownArguments)
        {
            diagnostics.Report(DiagnosticCodes.UnknownShortcodeArgument, span, knownArguments.Length == 0
                ? $"shortcode '{block.Name}' takes no arguments, but is given '{name}'"
                : $"shortcode '{block.Name}' has no argument '{name}'; it knows {string.Join(", ", knownArguments)}");
        }

        if (unknownArguments.Count > 0)
        {
            return null;
        }

        string Argument(string name)
        {
            if (block.Arguments.FirstOrDefault(a => a.Key == name) is { Key: not null } argument)
            {
                return argument.Value;
            }

            diagnostics.Report(DiagnosticCodes.BadShortcode, span, $"shortcode '{block.Name}' needs {name}=\"…\"");
            return "";
        }

        switch (block.Name)
        {
            case Questions:
                var group = Argument("group");
                var questions = language.QuestionsIn(group).Select(q => new ItemView(q.Id, q.Text)).ToList();
                return questions.Count > 0 ? new QuestionsPart(group, questions) : Unknown(span, diagnostics, "question group", group);
            case Advice:
                var level = Argument("level");
                var advice = language.AdviceAt(level).Select(a => new ItemView(a.Id, a.Text)).ToList();
                return advice.Count > 0 ? new AdvicePart(level, advice) : Unknown(span, diagnostics, "advice level", level);
            case BalanceOverview:
                return new OverviewPart(language.Balances.Select(b => ToView(page, b)).ToList());
            case Chart:
                var id = Argument("id");
                return language.Charts.FirstOrDefault(c => c.Id == id) is { } chart
                    ? new ChartPart(ToView(chart, page.Language))
                    : Unknown(span, diagnostics, "chart", id);
            case Glossary:
                var other = site.Languages.FirstOrDefault(l => l != "da") ?? "en";
                return new GlossaryPart(
                    language.Glossary.Select(g => new GlossaryView(g.Id, g.Term, g.English, g.Explanation)).ToList(),
                    TermLanguage: "da",
                    EnglishLanguage: other);
            case Booklet:
                var keys = Argument("keys").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var key in keys.Where(k => !site.MayHaveKey(page.Language, k)))
                {
                    diagnostics.Report(DiagnosticCodes.UnknownId, span, $"the booklet names page '{key}', but no {page.Language} page has that translationKey");
                }

                // The chapters are filled in by BookletComposer once every page is rendered.
                return new BookletPart(keys, []);
            case QuestionCards:
                return QuestionCardsFor(page);
            case AccessibilityStatement:
                // The statement's address is a site setting, kept in one place; this HTML is built by hand, so it is checked and encoded here.
                if (!WebAddress.IsHttp(accessibilityStatementUrl))
                {
                    diagnostics.Report(DiagnosticCodes.AddressNotAllowed, span,
                        $"the accessibility statement's address '{accessibilityStatementUrl}' (accessibilityStatement in site.yml) is not an http(s) address");
                    return null;
                }

                return new HtmlPart($"<p class=\"statement-link\"><a href=\"{HtmlText.EscapeAttribute(accessibilityStatementUrl)}\">{HtmlText.Escape(strings[page.Language][StringKeys.AccessibilityStatement])}</a></p>");
            case BalanceTool:
                return new ToolPart(tool.Build(page, language, strings[page.Language]));
            case Corrections:
                return CorrectionsFor(page, language, diagnostics);
            default:
                diagnostics.Report(DiagnosticCodes.BadShortcode, span,
                    $"unknown shortcode '{block.Name}'; known shortcodes are {string.Join(", ", Known)}");
                return null;
        }
    }

    /// <summary>The corrections to the printed text, each naming the page that carries it in the page's language.</summary>
    private CorrectionsPart CorrectionsFor(Page page, LanguageData language, DiagnosticBag diagnostics)
    {
        var rows = new List<CorrectionView>();
        foreach (var correction in language.Corrections)
        {
            var target = site.FindByKey(page.Language, correction.Page);
            if (target is null)
            {
                diagnostics.Report(DiagnosticCodes.UnknownId, correction.Span,
                    $"correction '{correction.Id}' names page '{correction.Page}', but no {page.Language} page has that translationKey");
            }

            rows.Add(new CorrectionView(correction.Id, target?.Meta.Title ?? correction.Page,
                target is null ? null : urls.Between(page.OutputPath, target.OutputPath), correction.Original, correction.Corrected));
        }

        return new CorrectionsPart(rows);
    }

    /// <summary>Every question as a card naming its balance (or "overall"), numbered within its group.</summary>
    public QuestionCardsPart QuestionCardsFor(Page page)
    {
        var language = data[page.Language];
        return new QuestionCardsPart(language.Questions
            .GroupBy(q => q.Group)
            .SelectMany(g => g.Select((q, i) => new QuestionCard(q.Id, GroupName(g.Key, language, page.Language), i + 1, q.Text)))
            .ToList());
    }

    private string GroupName(string group, LanguageData language, string pageLanguage) =>
        language.FindBalance(group) is { } balance ? $"{balance.Dimension}: {balance.Name}" : strings[pageLanguage][StringKeys.OverallQuestions];

    public BalanceView ToView(Page from, Balance balance)
    {
        var chapter = site.Pages.FirstOrDefault(p => p.Language == from.Language && p.Meta.Balance == balance.Id);
        return new BalanceView(balance.Id, balance.Dimension, balance.Name, ToView(balance.Left), ToView(balance.Right),
            chapter is null ? null : urls.Between(from.OutputPath, chapter.OutputPath));
    }

    private static PoleView ToView(Pole pole) => new(pole.Id, pole.Name, pole.Advantage, pole.Risk);

    private static ChartView ToView(Data.Chart chart, string language)
    {
        return new ChartView(chart.Id, chart.Title, chart.Source, chart.Unit, chart.Note,
            chart.Bars.Select(b => new ChartBarView(b.Label, b.Value, Format(b.Value, chart.Unit, language))).ToList(), chart.SourceLabels);
    }

    // InvariantGlobalization is on for speed and reproducibility, so Danish number formatting is done by hand.
    private static string Format(double value, string unit, string language)
    {
        var number = value.ToString("0.0", CultureInfo.InvariantCulture);
        number = language == "da" ? number.Replace('.', ',') : number;
        return unit.Length == 0 ? number : unit == "%" && language == "da" ? $"{number} %" : $"{number}{(unit == "%" ? "" : " ")}{unit}";
    }

    private static BodyPart? Unknown(Diagnostics.SourceSpan span, DiagnosticBag diagnostics, string what, string value)
    {
        diagnostics.Report(DiagnosticCodes.UnknownId, span, $"there is no {what} '{value}' in the data files");
        return null;
    }
}
