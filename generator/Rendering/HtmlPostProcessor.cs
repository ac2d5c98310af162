using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>
/// The last pass over each page's HTML, on AngleSharp's DOM: gives headings ids, turns attributed block quotes
/// into pull quotes, makes footnotes a labelled section, and finds anything that would run script.
/// </summary>
public sealed class HtmlPostProcessor
{
    private const string Attribution = "—";
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    /// <summary>The processed page, its element ids (for #fragment checks) and any script found.</summary>
    public sealed record Result(string Html, IReadOnlySet<string> Ids, IReadOnlyList<string> ScriptFindings);

    public Result Process(string html, UiStrings text)
    {
        var document = _parser.ParseDocument(html);
        NestBookletChapters(document);
        var ids = new HashSet<string>(document.All.Select(e => e.Id).OfType<string>(), StringComparer.Ordinal);
        AddHeadingIds(document, ids);
        MakePullQuotes(document);
        MakeFootnotesSection(document, text, ids);
        if (document.Body?.ClassList.Contains("layout-sheet") == true)
        {
            WrapSheets(document);
        }

        return new Result(document.DocumentElement.OuterHtml.Insert(0, "<!DOCTYPE html>\n") + "\n", ids, FindScript(document));
    }

    private static void AddHeadingIds(IDocument document, HashSet<string> ids)
    {
        foreach (var heading in document.QuerySelectorAll("main h2, main h3, main h4, main h5, main h6").Where(h => string.IsNullOrEmpty(h.Id)))
        {
            var id = Transliteration.Slugify(heading.TextContent);
            var unique = id;
            for (var n = 2; ids.Contains(unique); n++)
            {
                unique = $"{id}-{n}";
            }

            heading.Id = unique;
            ids.Add(unique);
        }
    }

    // A block quote whose last paragraph starts with an em dash is a pull quote; that paragraph names the speaker.
    private static void MakePullQuotes(IDocument document)
    {
        foreach (var quote in document.QuerySelectorAll("blockquote").ToList())
        {
            if (quote.Children.LastOrDefault() is not IHtmlParagraphElement last || !last.TextContent.TrimStart().StartsWith(Attribution, StringComparison.Ordinal))
            {
                continue;
            }

            var figure = document.CreateElement("figure");
            figure.ClassName = "pullquote";
            quote.Parent!.ReplaceChild(figure, quote);
            figure.AppendChild(quote);
            var caption = document.CreateElement("figcaption");
            foreach (var node in last.ChildNodes.ToList())
            {
                caption.AppendChild(node);
            }

            if (caption.FirstChild is IText first)
            {
                first.Data = first.Data.TrimStart().TrimStart(Attribution[0]).TrimStart();
            }

            last.Remove();
            figure.AppendChild(caption);
        }
    }

    // On the whole-booklet page each chapter is a section: its headings go one level down, and its ids
    // (footnotes, questions, headings) get the chapter's prefix so that they stay unique on the page.
    private static void NestBookletChapters(IDocument document)
    {
        foreach (var chapter in document.QuerySelectorAll("section.booklet-chapter"))
        {
            var title = chapter.QuerySelector("h2");
            foreach (var element in chapter.QuerySelectorAll("[id]").Where(e => e != title))
            {
                element.Id = $"{chapter.Id}--{element.Id}";
            }

            foreach (var link in chapter.QuerySelectorAll("a[href^='#']"))
            {
                link.SetAttribute("href", $"#{chapter.Id}--{link.GetAttribute("href")![1..]}");
            }

            foreach (var heading in chapter.QuerySelectorAll("h2, h3, h4, h5").Where(h => h != title).ToList())
            {
                var lower = document.CreateElement("h" + (heading.LocalName[1] - '0' + 1));
                foreach (var attribute in heading.Attributes.ToList())
                {
                    lower.SetAttribute(attribute.Name, attribute.Value);
                }

                while (heading.FirstChild is { } child)
                {
                    lower.AppendChild(child);
                }

                heading.Parent!.ReplaceChild(lower, heading);
            }
        }
    }

    // A page meant to be printed as sheets: each part under an h2 is one sheet.
    private static void WrapSheets(IDocument document)
    {
        foreach (var heading in document.QuerySelectorAll("main article > h2").ToList())
        {
            var sheet = document.CreateElement("section");
            sheet.ClassName = "sheet";
            heading.Parent!.InsertBefore(sheet, heading);
            for (var node = (INode?)heading; node is not null && !(node != heading && node is IHtmlHeadingElement { LocalName: "h2" });)
            {
                var next = node.NextSibling;
                sheet.AppendChild(node);
                node = next;
            }
        }
    }

    private static void MakeFootnotesSection(IDocument document, UiStrings text, HashSet<string> ids)
    {
        if (document.QuerySelector("div.footnotes") is not { } notes)
        {
            return;
        }

        var section = document.CreateElement("section");
        section.ClassName = "footnotes";
        section.SetAttribute("aria-labelledby", "footnotes-heading");
        var heading = document.CreateElement("h2");
        heading.Id = "footnotes-heading";
        heading.TextContent = text[StringKeys.Footnotes];
        ids.Add(heading.Id);
        section.AppendChild(heading);
        foreach (var child in notes.Children.Where(c => c is not IHtmlHrElement).ToList())
        {
            section.AppendChild(child);
        }

        notes.Parent!.ReplaceChild(section, notes);
        foreach (var back in section.QuerySelectorAll("a.footnote-back-ref"))
        {
            back.SetAttribute("aria-label", text[StringKeys.FootnoteBack]);
        }
    }

    private static List<string> FindScript(IDocument document)
    {
        var findings = new List<string>();
        findings.AddRange(document.QuerySelectorAll("script").Select(_ => "a <script> element"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"an event-handler attribute '{attribute.Name}' on <{element.LocalName}>");
                }
                else if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"a javascript: address in '{attribute.Name}' of <{element.LocalName}>");
                }
            }
        }

        return findings;
    }
}
