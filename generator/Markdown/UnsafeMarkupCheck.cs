using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// Lets through, at its source line, only what Markdown in a site without script may hold: no raw HTML; attributes
/// (<c>{…}</c>) from a short allowlist; links that are relative, http(s), mailto or tel; images that are files of the
/// site. Addresses are read as a browser reads them (<see cref="WebAddress"/>), so "FILE:" and "fi&#9;le:" are "file:".
/// What it reports is removed, so the rest of the page can still be checked.
/// </summary>
public static class UnsafeMarkupCheck
{
    /// <summary>Attributes besides id and class (which Markdig keeps apart) that the content and the theme use.</summary>
    public static readonly IReadOnlySet<string> AllowedAttributes = new HashSet<string>(["lang", "dir"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] ScriptSchemes = ["javascript", "vbscript", "data"];

    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];

    public static void Run(Page page, MarkdownDocument document, DiagnosticBag diagnostics)
    {
        void Report(MarkdownObject node, string code, string message) =>
            diagnostics.Report(code, page.Source.At(page.BodyLine + node.Line), message);

        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    Report(node, DiagnosticCodes.RawHtml, "raw HTML is not allowed in Markdown; write it in Markdown, or ask for a shortcode");
                    Remove(node);
                    continue;
                case HtmlEntityInline entity when entity.Transcoded.ToString() is var text && text.Any(InputReader.IsForbidden):
                    // "&#27;" is text once read: the raw ESC (or NUL, DEL) it stands for would be written into the page.
                    Report(node, DiagnosticCodes.ControlCharacter,
                        $"the character reference '{entity.Original}' stands for the control character U+{(int)text.First(InputReader.IsForbidden):X4}, which cannot be shown on a page; delete it");
                    Remove(node);
                    continue;
                case LinkInline { IsImage: true, Url: { } url } image when ImageProblem(url) is { } problem:
                    Report(node, problem.Code, problem.Message);
                    image.Url = "";
                    break;
                case LinkInline { IsImage: false, Url: { } url } link when LinkProblem(url) is { } problem:
                    Report(node, problem.Code, problem.Message);
                    link.Url = "";
                    break;
                case AutolinkInline { Url: { } url } autolink when LinkProblem(url) is { } problem:
                    Report(node, problem.Code, problem.Message);
                    autolink.Url = "";
                    break;
            }

            if (node.TryGetAttributes() is { Properties: { } properties })
            {
                foreach (var property in properties.Where(p => !AllowedAttributes.Contains(p.Key)).ToList())
                {
                    if (property.Key.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        Report(node, DiagnosticCodes.ScriptInOutput, $"the attribute '{property.Key}' would run script; the site has no JavaScript");
                    }
                    else
                    {
                        Report(node, DiagnosticCodes.AttributeNotAllowed,
                            $"the attribute '{property.Key}' is not allowed in Markdown; use only #id, .class, lang or dir");
                    }

                    properties.Remove(property);
                }
            }
        }
    }

    /// <summary>Why a link address is refused, or null: links may be relative, http(s), mailto or tel.</summary>
    public static (string Code, string Message)? LinkProblem(string url)
    {
        var scheme = WebAddress.Scheme(WebAddress.Normalise(url));
        return scheme switch
        {
            null => null,
            _ when ScriptSchemes.Contains(scheme) => (DiagnosticCodes.ScriptInOutput, $"the link address '{url}' would run script; the site has no JavaScript"),
            _ when LinkSchemes.Contains(scheme) => null,
            _ => (DiagnosticCodes.AddressNotAllowed, $"the link address '{url}' uses the scheme '{scheme}:'; links may be relative, http(s), mailto or tel"),
        };
    }

    /// <summary>Why an image address is refused, or null: an image is a file of the site, never another host's.</summary>
    public static (string Code, string Message)? ImageProblem(string url)
    {
        if (WebAddress.IsRelative(url))
        {
            return null;
        }

        var scheme = WebAddress.Scheme(WebAddress.Normalise(url));
        return scheme switch
        {
            // The site makes no request to another host: a remote image would tell it who reads what.
            null or "http" or "https" => (DiagnosticCodes.ExternalRequest, $"the image '{url}' is on another host; the site loads nothing from other hosts"),
            _ when ScriptSchemes.Contains(scheme) => (DiagnosticCodes.ScriptInOutput, $"the image address '{url}' would run script; the site has no JavaScript"),
            _ => (DiagnosticCodes.AddressNotAllowed, $"the image address '{url}' uses the scheme '{scheme}:'; an image must be a file of the site, e.g. ![text](picture.png)"),
        };
    }

    private static void Remove(MarkdownObject node)
    {
        switch (node)
        {
            case Block block:
                block.Parent?.Remove(block);
                break;
            case Inline inline:
                inline.Remove();
                break;
        }
    }
}
