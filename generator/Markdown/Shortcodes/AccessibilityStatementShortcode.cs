using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; accessibility-statement &gt;}}</c>: a link to the accessibility statement, whose address is a site setting.</summary>
public sealed class AccessibilityStatementShortcode(string statementUrl) : IShortcode
{
    public string Name => "accessibility-statement";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        // The statement's address is a site setting, kept in one place; this HTML is built by hand, so it is checked and encoded here.
        if (!WebAddress.IsHttp(statementUrl))
        {
            call.Diagnostics.Report(DiagnosticCodes.AddressNotAllowed, call.Span,
                $"the accessibility statement's address '{statementUrl}' (accessibilityStatement in site.yml) is not an http(s) address");
            return null;
        }

        return new HtmlPart($"<p class=\"statement-link\"><a href=\"{HtmlText.EscapeAttribute(statementUrl)}\">{HtmlText.Escape(context.Strings[call.Language][StringKeys.AccessibilityStatement])}</a></p>");
    }
}
