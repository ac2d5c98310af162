using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// Refuses, at its source line, anything in Markdown that could put script or raw markup into a site that
/// promises none: raw HTML, links to script addresses (also through autolinks, references and entities),
/// event-handler attributes, and images from other hosts. What it reports is removed, so the rest of the page can still be checked.
/// </summary>
public static class UnsafeMarkupCheck
{
    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:"];

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
                case LinkInline { IsImage: true, Url: { } url } image when IsOtherHost(url):
                    // The site makes no request to another host: a remote image would tell it who reads what.
                    Report(node, DiagnosticCodes.ExternalRequest, $"the image '{url}' is on another host; the site loads nothing from other hosts");
                    image.Url = "";
                    break;
                case LinkInline { Url: { } url } link when RunsScript(url):
                    Report(node, DiagnosticCodes.ScriptInOutput, $"the link address '{url}' would run script; the site has no JavaScript");
                    link.Url = "";
                    break;
                case AutolinkInline { Url: { } url } autolink when RunsScript(url):
                    Report(node, DiagnosticCodes.ScriptInOutput, $"the link address '{url}' would run script; the site has no JavaScript");
                    autolink.Url = "";
                    break;
            }

            if (node.TryGetAttributes() is { Properties: { } properties })
            {
                foreach (var (name, value) in properties.ToList())
                {
                    if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || RunsScript(value ?? ""))
                    {
                        Report(node, DiagnosticCodes.ScriptInOutput, $"the attribute '{name}' would run script; the site has no JavaScript");
                        properties.Remove(new KeyValuePair<string, string?>(name, value));
                    }
                }
            }
        }
    }

    /// <summary>What a browser would treat as a script address: it ignores case, white space and control characters.</summary>
    public static bool RunsScript(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return ScriptSchemes.Any(compact.StartsWith);
    }

    private static bool IsOtherHost(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp");

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
