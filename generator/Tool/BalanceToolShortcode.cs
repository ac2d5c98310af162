using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tool;

/// <summary><c>{{&lt; balance-tool &gt;}}</c>: the balance tool.</summary>
public sealed class BalanceToolShortcode(ToolViewBuilder tool) : IShortcode
{
    public string Name => "balance-tool";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public IReadOnlyList<string> Strings => StringKeys.BalanceTool;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context) =>
        new ToolPart(tool.Build(call.Page, context.Data[call.Language], context.Strings[call.Language]));

    public BodyPart ForContext(BodyPart part, RenderContext context) => part is ToolPart toolPart
        ? new ToolPart(toolPart.Tool with
        {
            Groups = toolPart.Tool.Groups.Select(g => g with
            {
                Blocks = g.Blocks.Select(b => b with { Links = b.Links.Select(l => l with { Href = context.Href(l.Href) }).ToList() }).ToList(),
            }).ToList(),
        })
        : part;
}
