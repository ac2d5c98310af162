namespace MaalMedMening.CorpusMaker;

/// <summary>
/// Draws one page's shape from <c>new Random(pageNumber)</c>: headings, 600–1200 words of paragraphs, two lists,
/// a pull quote, links to other pages (some to a heading), and on some pages a questions shortcode and a footnote.
/// </summary>
internal static class ShapeMaker
{
    private const int TopicCount = 24;
    private const int SubtopicCount = 8;
    private const int NameCount = 12;
    private const int RoleCount = 6;
    private const int MinParagraphWords = 8;

    public static PageShape Make(int number, Layout layout)
    {
        var random = new Random(number);
        var title = Words(random, random.Next(2, 6));
        var description = NewSentence(random, random.Next(10, 20));

        // The outline: an intro, then 3–5 level-2 headings, each with paragraphs and 0–2 level-3 headings.
        var h2Count = random.Next(3, 6);
        var topics = Sample(random, TopicCount, h2Count);
        var outline = new List<(HeadingRef? Heading, int Paragraphs)> { (null, random.Next(1, 3)) };
        foreach (var topic in topics)
        {
            outline.Add((new HeadingRef(topic, -1), random.Next(1, 4)));
            foreach (var sub in Sample(random, SubtopicCount, random.Next(0, 3)))
            {
                outline.Add((new HeadingRef(topic, sub), random.Next(1, 3)));
            }
        }

        // Split the page's word budget over its paragraphs.
        var budget = random.Next(600, 1201);
        var paragraphCount = outline.Sum(o => o.Paragraphs);
        var weights = Enumerable.Range(0, paragraphCount).Select(_ => random.Next(5, 16)).ToArray();
        var spare = budget - MinParagraphWords * paragraphCount;
        var sizes = weights.Select(w => MinParagraphWords + spare * w / weights.Sum()).ToArray();
        sizes[^1] += budget - sizes.Sum();

        var paragraphs = sizes.Select(size => new ParagraphBlock(Sentences(random, size))).ToList();

        // Where the lists, the quote and the shortcode go: after the first paragraph below a level-2 heading.
        var bulletsAt = random.Next(h2Count);
        var numberedAt = random.Next(h2Count);
        var quoteAt = random.Next(h2Count);
        var questions = random.Next(4) == 0;
        var bullets = new ListBlock(false, Items(random, random.Next(3, 7)));
        var numbered = new ListBlock(true, Items(random, random.Next(3, 6)));
        var quote = new QuoteBlock(Sentences(random, random.Next(15, 40)), random.Next(NameCount), random.Next(RoleCount));

        var blocks = new List<Block>();
        var headings = new List<HeadingRef>();
        var next = 0;
        var h2 = -1;
        foreach (var (heading, count) in outline)
        {
            if (heading is not null)
            {
                blocks.Add(new HeadingBlock(heading.Subtopic < 0 ? 2 : 3, heading));
                headings.Add(heading);
            }

            for (var p = 0; p < count; p++)
            {
                blocks.Add(paragraphs[next++]);
                if (p == 0 && heading is { Subtopic: < 0 })
                {
                    h2++;
                    if (h2 == bulletsAt)
                    {
                        blocks.Add(bullets);
                    }

                    if (h2 == numberedAt)
                    {
                        blocks.Add(numbered);
                    }

                    if (h2 == quoteAt)
                    {
                        blocks.Add(quote);
                    }
                }
            }

            if (heading is null)
            {
                blocks.AddRange(ContentsOf(number, layout));
            }
        }

        if (questions)
        {
            blocks.Add(new QuestionsBlock());
        }

        AddLinks(random, number, layout, paragraphs);
        AddFlourishes(random, paragraphs);

        Sentence? footnote = null;
        if (random.Next(6) == 0)
        {
            var paragraph = paragraphs[random.Next(paragraphs.Count)];
            paragraph.Sentences[random.Next(paragraph.Sentences.Count)].Footnote = true;
            footnote = NewSentence(random, random.Next(8, 20));
        }

        return new PageShape(number, title, description, blocks, headings, footnote, budget);
    }

    private static IEnumerable<Block> ContentsOf(int number, Layout layout)
    {
        if (layout.IsHome(number) && layout.Count > 1)
        {
            var sections = Enumerable.Range(1, layout.Sections).Select(layout.SectionIndexPage);
            yield return new ContentsBlock(sections.Concat(layout.ChapterNumbers.Take(10)).ToList());
        }
        else if (layout.IsSectionIndex(number) && layout.PagesIn(layout.SectionOf(number)).ToList() is { Count: > 0 } pages)
        {
            yield return new ContentsBlock(pages);
        }
    }

    // 3–7 links per page, each on its own sentence, to any other page of the language; half of them to a heading.
    private static void AddLinks(Random random, int number, Layout layout, List<ParagraphBlock> paragraphs)
    {
        if (layout.Count < 2)
        {
            return;
        }

        var links = random.Next(3, 8);
        for (var i = 0; i < links; i++)
        {
            var paragraph = paragraphs[random.Next(paragraphs.Count)];
            var sentence = paragraph.Sentences[random.Next(paragraph.Sentences.Count)];
            var target = random.Next(layout.Count - 1);
            target = target >= number ? target + 1 : target;
            var fragment = random.Next(2) == 0 ? random.Next(1000) : -1;
            var length = Math.Min(random.Next(1, 4), sentence.Words.Count);
            var start = random.Next(sentence.Words.Count - length + 1);
            if (sentence.Link is null)
            {
                sentence.Link = new LinkRef(target, fragment);
                sentence.LinkStart = start;
                sentence.LinkLength = length;
            }
        }
    }

    private static void AddFlourishes(Random random, List<ParagraphBlock> paragraphs)
    {
        foreach (var sentence in paragraphs.SelectMany(p => p.Sentences))
        {
            var emphasis = random.Next(sentence.Words.Count);
            if (random.Next(10) == 0 && (emphasis < sentence.LinkStart || emphasis >= sentence.LinkStart + sentence.LinkLength))
            {
                sentence.Emphasis = emphasis;
            }

            var comma = random.Next(1, Math.Max(2, sentence.Words.Count - 2));
            if (random.Next(3) == 0 && sentence.Words.Count >= 6)
            {
                sentence.Comma = comma;
            }

            sentence.Question = random.Next(12) == 0;
        }
    }

    private static List<Sentence> Sentences(Random random, int words)
    {
        var sentences = new List<Sentence>();
        while (words > 0)
        {
            var length = random.Next(6, 19);
            length = words - length < 6 ? words : length;
            sentences.Add(NewSentence(random, length));
            words -= length;
        }

        return sentences;
    }

    private static Sentence NewSentence(Random random, int length) => new(Words(random, length));

    private static List<List<Word>> Items(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => Words(random, random.Next(3, 11))).ToList();

    private static List<Word> Words(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => random.Next(100) < 35
            ? new Word(true, [random.Next(1 << 16)])
            : new Word(false, Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(1 << 16)).ToArray())).ToList();

    /// <summary><paramref name="count"/> distinct numbers below <paramref name="max"/>, in the order drawn.</summary>
    private static List<int> Sample(Random random, int max, int count)
    {
        var pool = Enumerable.Range(0, max).ToList();
        var picked = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(pool.Count);
            picked.Add(pool[at]);
            pool.RemoveAt(at);
        }

        return picked;
    }
}
