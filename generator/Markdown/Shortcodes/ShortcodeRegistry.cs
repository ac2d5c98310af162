using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>The shortcodes a site knows, by name; checks each call's name and arguments before the shortcode renders it.</summary>
public sealed class ShortcodeRegistry
{
    private readonly IReadOnlyList<IShortcode> _shortcodes;
    private readonly IReadOnlyDictionary<string, IShortcode> _byName;
    private readonly ShortcodeContext _context;

    internal ShortcodeRegistry(IReadOnlyList<IShortcode> shortcodes, ShortcodeContext context)
    {
        _shortcodes = shortcodes;
        _byName = shortcodes.ToDictionary(s => s.Name, StringComparer.Ordinal);
        _context = context;
    }

    public BodyPart? Resolve(Page page, ShortcodeBlock block, HeadingIdAllocator ids, DiagnosticBag diagnostics)
    {
        var span = page.Source.At(page.BodyLine + block.Line);
        if (block.Malformed is { } reason)
        {
            diagnostics.Report(DiagnosticCodes.MalformedShortcode, span, $"malformed shortcode: {reason}");
            return null;
        }

        if (!_byName.TryGetValue(block.Name, out var shortcode))
        {
            diagnostics.Report(DiagnosticCodes.BadShortcode, span,
                $"unknown shortcode '{block.Name}'; known shortcodes are {string.Join(", ", _shortcodes.Select(s => s.Name))}");
            return null;
        }

        var known = shortcode.Arguments.Select(a => a.Name).ToList();
        var unknownArguments = block.Arguments.Where(a => !known.Contains(a.Key)).ToList();
        foreach (var (name, _) in unknownArguments)
        {
            diagnostics.Report(DiagnosticCodes.UnknownShortcodeArgument, span, known.Count == 0
                ? $"shortcode '{block.Name}' takes no arguments, but is given '{name}'"
                : $"shortcode '{block.Name}' has no argument '{name}'; it knows {string.Join(", ", known)}");
        }

        return unknownArguments.Count > 0 ? null : shortcode.Render(new ShortcodeCall(page, block, span, ids, diagnostics), _context);
    }

    /// <summary>The names of the registered shortcodes, in the order they were registered.</summary>
    public IReadOnlyList<string> Names => _shortcodes.Select(s => s.Name).ToList();

    /// <summary>What <paramref name="calls"/> read beyond their page, as their shortcodes declare; an unknown name reads nothing (it is an error where the page renders).</summary>
    public ShortcodeReads Reads(IEnumerable<ShortcodeUse> calls) =>
        calls.Aggregate(ShortcodeReads.None, (reads, call) => reads | (_byName.TryGetValue(call.Name, out var shortcode) ? shortcode.Reads : ShortcodeReads.None));

    /// <summary>The UI strings <paramref name="call"/>'s part shows, as its shortcode declares; an unknown name shows none (it is an error where the page renders).</summary>
    public IReadOnlyList<string> Strings(ShortcodeUse call) => Strings(call.Name);

    /// <summary>The UI strings the named shortcode's part shows; none for an unknown name.</summary>
    public IReadOnlyList<string> Strings(string name) => _byName.TryGetValue(name, out var shortcode) ? shortcode.Strings : [];

    /// <summary>A part made by the named shortcode, as shown where <paramref name="context"/> says.</summary>
    public BodyPart ForContext(string name, BodyPart part, RenderContext context) =>
        context.IdPrefix.Length == 0 && context.RebaseLink is null ? part : _byName[name].ForContext(part, context);
}
