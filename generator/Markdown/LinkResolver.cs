using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// Turns links to Markdown files into links to the pages they become, and reports links to missing pages
/// at their source line. Fragments are collected for a check once every page's ids are known.
/// </summary>
public sealed class LinkResolver(SiteIndex site, RelativeUrls urls, IReadOnlySet<string> unparsedFiles)
{
    public IReadOnlyList<FragmentCheck> Resolve(Page page, MarkdownDocument document, DiagnosticBag diagnostics)
    {
        var fragments = new List<FragmentCheck>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var span = page.Source.At(page.BodyLine + link.Line);
            var url = link.Url ?? "";
            // Addresses with a scheme were vetted by UnsafeMarkupCheck; only the site's own pages are resolved here.
            if (url.Length == 0 || !WebAddress.IsRelative(url))
            {
                continue;
            }

            var hash = url.IndexOf('#');
            var path = hash < 0 ? url : url[..hash];
            var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
            if (path.Length == 0)
            {
                fragments.Add(new FragmentCheck(page.OutputPath, fragment ?? "", span));
                continue;
            }

            if (!path.EndsWith(".md", StringComparison.Ordinal))
            {
                diagnostics.Report(DiagnosticCodes.BrokenLink, span,
                    $"link '{url}' is neither a web address nor a Markdown page; link to the page's .md file, e.g. [text](foreword.md)");
                continue;
            }

            var targetFile = RelativeUrls.Combine(page.Source.RelativePath, Uri.UnescapeDataString(path));
            var target = targetFile is null ? null : Find(page, targetFile);
            if (target is null)
            {
                if (targetFile is null || !unparsedFiles.Contains($"{page.StandInFrom ?? page.Language}/{targetFile}"))
                {
                    diagnostics.Report(DiagnosticCodes.BrokenLink, span,
                        $"link to '{path}', but there is no page {LanguageFolder(page.Source)}{targetFile ?? path}; check the file name (links are relative to this file)");
                }

                continue;
            }

            link.Url = urls.Between(page.OutputPath, target.OutputPath) + (fragment is null ? "" : "#" + Uri.EscapeDataString(fragment));
            if (fragment is not null)
            {
                fragments.Add(new FragmentCheck(target.OutputPath, fragment, span));
            }
        }

        return fragments;
    }

    /// <summary>The page a link names. A stand-in's links name files of the language it stands in from: they go to the
    /// same page in the stand-in's language (its own, or another stand-in), so that its preview stays in that language.</summary>
    private Page? Find(Page page, string file) => page.StandInFrom is { } from
        ? site.FindByFile(from, file) is { } original ? site.FindByKey(page.Language, original.Key) ?? original : null
        : site.FindByFile(page.Language, file);

    // The language folder as the author named it (--input may be anything): the source's display path without its own part.
    private static string LanguageFolder(SourceFile source) =>
        source.DisplayPath.EndsWith(source.RelativePath, StringComparison.Ordinal)
            ? source.DisplayPath[..^source.RelativePath.Length]
            : $"{source.Language}/";
}
