using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; balance-overview &gt;}}</c>: every balance with its two poles, each linking to its chapter.</summary>
public sealed class BalanceOverviewShortcode : IShortcode
{
    public string Name => "balance-overview";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public IReadOnlyList<string> Strings => StringKeys.BalanceOverview;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context) => For(call.Page, context);

    public BodyPart ForContext(BodyPart part, RenderContext context) =>
        part is OverviewPart overview
            ? overview with { Balances = overview.Balances.Select(b => b with { Href = b.Href is null ? null : context.Href(b.Href) }).ToList() }
            : part;

    /// <summary>The overview as shown on <paramref name="page"/>.</summary>
    public static OverviewPart For(Page page, ShortcodeContext context) =>
        new(context.Data[page.Language].Balances.Select(b => View(page, b, context)).ToList());

    /// <summary>A balance as shown on <paramref name="from"/>, linking to the chapter that has it in front matter.</summary>
    public static BalanceView View(Page from, Balance balance, ShortcodeContext context)
    {
        var chapter = context.Site.Pages.FirstOrDefault(p => p.Language == from.Language && p.Meta.Balance == balance.Id);
        return new BalanceView(balance.Id, balance.Dimension, balance.Name, View(balance.Left), View(balance.Right),
            chapter is null ? null : context.Urls.Between(from.OutputPath, chapter.OutputPath));
    }

    private static PoleView View(Pole pole) => new(pole.Id, pole.Name, pole.Advantage, pole.Risk);
}
