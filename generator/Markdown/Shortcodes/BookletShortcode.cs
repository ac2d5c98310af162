using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; booklet &gt;}}</c>: the whole booklet on one page, its chapters taken by the reading order
/// (<see cref="BookletChapters"/>), or <c>keys="…"</c>: the chapters named by translationKey, on purpose.</summary>
public sealed class BookletShortcode : IShortcode
{
    public const string ShortcodeName = "booklet";

    public const string KeysArgument = "keys";

    public string Name => ShortcodeName;

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [new(KeysArgument)];

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var keys = call.Block.Arguments.Any(a => a.Key == KeysArgument)
            ? call.Argument(KeysArgument).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : BookletChapters.ByReadingOrder(context.Site, call.Page);
        foreach (var key in keys.Where(k => !context.Site.MayHaveKey(call.Language, k)))
        {
            call.Diagnostics.Report(DiagnosticCodes.UnknownId, call.Span, $"the booklet names page '{key}', but no {call.Language} page has that translationKey");
        }

        // The chapters are filled in by BookletComposer once every page is rendered.
        return new BookletPart(keys, []);
    }
}
