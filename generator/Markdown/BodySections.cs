using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MaalMedMening.Generator.Markdown.Extensions.Footnotes;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown;

/// <summary>
/// The level-2 headings a body writes on its own page, in page order: Markdown's, those of the parts shortcodes
/// resolved to, and the footnotes' heading. Read from the parsed document, whose heading ids are already set, so the
/// contents and the headings cannot disagree.
/// </summary>
public static class BodySections
{
    public static IReadOnlyList<Link> Of(ParsedBody body, UiStrings text, MarkdownPipeline pipeline)
    {
        var sections = new List<Link>();
        foreach (var block in body.Document)
        {
            switch (block)
            {
                case ShortcodeBlock shortcode when body.Shortcodes.TryGetValue(shortcode, out var part):
                    sections.AddRange(part.Sections(text));
                    break;
                case HeadingBlock { Level: 2 } heading:
                    Add(heading);
                    break;
                case FootnoteGroup:
                    sections.Add(new Link("#" + LabelledFootnoteGroupRenderer.HeadingId, text[StringKeys.Footnotes]));
                    break;
                case ContainerBlock container:
                    foreach (var inner in container.Descendants<HeadingBlock>().Where(h => h.Level == 2))
                    {
                        Add(inner);
                    }

                    break;
            }
        }

        return sections;

        void Add(HeadingBlock heading)
        {
            if (heading.GetAttributes().Id is { Length: > 0 } id)
            {
                sections.Add(new Link("#" + id, HeadingIdAssigner.PlainText(heading, pipeline).Trim()));
            }
        }
    }
}
