using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; balance-doors &gt;}}</c>: the front door's balances, each with its two poles and a link to its chapter.</summary>
public sealed class BalanceDoorsShortcode : IShortcode
{
    public string Name => "balance-doors";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context) =>
        new BalanceDoorsPart(BalanceOverviewShortcode.For(call.Page, context).Balances);
}
