using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary>One use of a shortcode on a page: where it is, its arguments, and where its problems and heading ids go.</summary>
/// <param name="Ids">The page's heading ids, handed out in page order to Markdown headings and shortcodes' headings alike.</param>
public sealed record ShortcodeCall(Page Page, ShortcodeBlock Block, SourceSpan Span, HeadingIdAllocator Ids, DiagnosticBag Diagnostics)
{
    public string Language => Page.Language;

    /// <summary>The argument's value; when it is missing, reports that the shortcode needs it and returns "".</summary>
    public string Argument(string name)
    {
        if (Block.Arguments.FirstOrDefault(a => a.Key == name) is { Key: not null } argument)
        {
            return argument.Value;
        }

        Diagnostics.Report(DiagnosticCodes.BadShortcode, Span, $"shortcode '{Block.Name}' needs {name}=\"…\"");
        return "";
    }

    /// <summary>Reports that the data files have nothing by that name; returns null, as the part is not shown.</summary>
    public BodyPart? NotFound(string what, string value)
    {
        Diagnostics.Report(DiagnosticCodes.UnknownId, Span, $"there is no {what} '{value}' in the data files");
        return null;
    }
}
