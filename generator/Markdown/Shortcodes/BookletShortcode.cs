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

    public ShortcodeReads Reads => ShortcodeReads.Booklet;

    public IReadOnlyList<string> Strings => StringKeys.Booklet;

    /// <summary>The chapter keys the booklet calls among <paramref name="calls"/> name, in order; a call without
    /// <c>keys</c> takes the chapters by the reading order.</summary>
    public static IReadOnlyList<string> Chapters(IEnumerable<ShortcodeUse> calls, SiteIndex site, Page page) =>
        calls.Where(c => c.Name == ShortcodeName)
            .SelectMany(c => c.Argument(KeysArgument) is { } keys
                ? keys.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : BookletChapters.ByReadingOrder(site, page))
            .ToList();

    /// <summary>Whether a booklet call among <paramref name="calls"/> lists its chapters on purpose (<c>keys="…"</c>).</summary>
    public static bool ListsKeys(IEnumerable<ShortcodeUse> calls) =>
        calls.Any(c => c.Name == ShortcodeName && c.Argument(KeysArgument) is not null);

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
