using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>
/// <c>{{&lt; entry-points keys="…" &gt;}}</c>: the pages a reader comes for, named by translationKey in the order
/// given, each with its description; a section lists its pages under it. Which pages is content, not code.
/// </summary>
public sealed class EntryPointsShortcode : IShortcode
{
    public const string KeysArgument = "keys";

    public string Name => "entry-points";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [new(KeysArgument)];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var entries = new List<EntryPoint>();
        foreach (var key in call.Argument(KeysArgument).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (context.Site.FindByKey(call.Language, key) is not { } page)
            {
                if (!context.Site.MayHaveKey(call.Language, key))
                {
                    call.Diagnostics.Report(DiagnosticCodes.UnknownId, call.Span, $"the entry points name page '{key}', but no {call.Language} page has that translationKey");
                }

                continue;
            }

            var children = page.Kind == PageKind.Section
                ? context.Site.ChildrenOf(page).Select(child => Link(call.Page, child, context)).ToList()
                : [];
            entries.Add(new EntryPoint(Link(call.Page, page, context), page.Meta.Description, children));
        }

        return new EntryPointsPart(entries);
    }

    private static Link Link(Page from, Page to, ShortcodeContext context) => new(context.Urls.Between(from.OutputPath, to.OutputPath), to.Meta.Title);
}
