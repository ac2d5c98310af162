using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; booklet keys="…" &gt;}}</c>: the whole booklet on one page, its chapters named by translationKey.</summary>
public sealed class BookletShortcode : IShortcode
{
    public const string ShortcodeName = "booklet";

    public const string KeysArgument = "keys";

    public string Name => ShortcodeName;

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [new(KeysArgument)];

    public ShortcodeReads Reads => ShortcodeReads.Booklet;

    /// <summary>The chapter keys the booklet calls among <paramref name="calls"/> name, in order.</summary>
    public static IReadOnlyList<string> Chapters(IEnumerable<ShortcodeUse> calls) =>
        calls.Where(c => c.Name == ShortcodeName)
            .SelectMany(c => (c.Argument(KeysArgument) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var keys = call.Argument(KeysArgument).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var key in keys.Where(k => !context.Site.MayHaveKey(call.Language, k)))
        {
            call.Diagnostics.Report(DiagnosticCodes.UnknownId, call.Span, $"the booklet names page '{key}', but no {call.Language} page has that translationKey");
        }

        // The chapters are filled in by BookletComposer once every page is rendered.
        return new BookletPart(keys, []);
    }
}
