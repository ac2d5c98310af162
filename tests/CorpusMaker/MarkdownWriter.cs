using System.Globalization;
using System.Text;

namespace MaalMedMening.CorpusMaker;

/// <summary>Writes one page's shape as a Markdown file in one language, front matter first.</summary>
internal sealed class MarkdownWriter(Layout layout, IReadOnlyList<PageShape> shapes, Language language)
{
    public string Write(PageShape page)
    {
        var n = page.Number;
        var folder = layout.FolderOf(n);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"title: \"{Title(n)}\"\n");
        text.Append($"description: \"{Sentence(page.Description, folder)}\"\n");
        text.Append($"translationKey: {layout.KeyOf(n)}\n");
        if (!layout.IsHome(n))
        {
            text.Append(CultureInfo.InvariantCulture, $"weight: {layout.WeightOf(n)}\n");
            text.Append($"slug: {layout.SlugOf(n, language)}\n");
        }

        text.Append("---\n");
        foreach (var block in page.Blocks)
        {
            text.Append('\n');
            switch (block)
            {
                case HeadingBlock heading:
                    text.Append(new string('#', heading.Level)).Append(' ').Append(language.HeadingText(heading.Heading)).Append('\n');
                    break;
                case ParagraphBlock paragraph:
                    text.Append(string.Join(' ', paragraph.Sentences.Select(s => Sentence(s, folder)))).Append('\n');
                    break;
                case ListBlock list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        text.Append(list.Numbered ? $"{i + 1}. " : "- ").Append(Capitalise(Words(list.Items[i]))).Append('\n');
                    }

                    break;
                case QuoteBlock quote:
                    text.Append("> ”").Append(string.Join(' ', quote.Sentences.Select(s => Sentence(s, folder)))).Append("”\n");
                    text.Append(">\n");
                    text.Append($"> — {Language.Names[quote.Name]}, {language.Roles[quote.Role]}\n");
                    break;
                case QuestionsBlock:
                    text.Append("{{< questions group=\"overall\" >}}\n");
                    break;
                case ContentsBlock contents:
                    foreach (var target in contents.Targets)
                    {
                        text.Append($"- [{Title(target)}]({layout.LinkFrom(folder, target)})\n");
                    }

                    break;
                default:
                    throw new InvalidOperationException($"unknown block {block.GetType().Name}");
            }
        }

        if (page.FootnoteText is { } note)
        {
            text.Append("\n[^1]: ").Append(Sentence(note, folder)).Append('\n');
        }

        return text.ToString();
    }

    private string Title(int n)
    {
        var words = Capitalise(Words(shapes[n].Title));
        return layout.IsHome(n) ? $"{language.HomeTitle}: {words}"
            : layout.IsSectionIndex(n) ? $"{language.SectionTitle} {layout.SectionOf(n)}: {words}"
            : $"{words} ({n.ToString(CultureInfo.InvariantCulture)})";
    }

    private string Sentence(Sentence sentence, string folder)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            if (i == sentence.LinkStart)
            {
                text.Append('[');
            }

            var word = language.Word(sentence.Words[i]);
            text.Append(i == sentence.Emphasis ? $"*{word}*" : word);
            if (sentence.Link is { } link && i == sentence.LinkStart + sentence.LinkLength - 1)
            {
                text.Append("](").Append(Url(folder, link)).Append(')');
            }

            if (i == sentence.Comma)
            {
                text.Append(',');
            }
        }

        text.Append(sentence.Question ? '?' : '.');
        if (sentence.Footnote)
        {
            text.Append("[^1]");
        }

        return Capitalise(text.ToString());
    }

    private string Url(string folder, LinkRef link)
    {
        var url = layout.LinkFrom(folder, link.Target);
        var headings = shapes[link.Target].Headings;
        return link.FragmentDraw < 0 || headings.Count == 0
            ? url
            : $"{url}#{Language.HeadingId(language.HeadingText(headings[link.FragmentDraw % headings.Count]))}";
    }

    private string Words(List<Word> words) => string.Join(' ', words.Select(language.Word));

    // The first letter, after any opening bracket or emphasis mark.
    private static string Capitalise(string text)
    {
        var at = 0;
        while (at < text.Length && text[at] is '[' or '*')
        {
            at++;
        }

        return at < text.Length ? string.Concat(text.AsSpan(0, at), char.ToUpperInvariant(text[at]).ToString(), text.AsSpan(at + 1)) : text;
    }
}
