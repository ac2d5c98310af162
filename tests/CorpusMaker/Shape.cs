namespace MaalMedMening.CorpusMaker;

/// <summary>A word as drawn: a function word (one index) or a content word (syllable indices).</summary>
internal sealed record Word(bool Function, int[] Parts);

/// <summary>A link to another page of the same language; <see cref="FragmentDraw"/> picks one of its headings, or -1 for none.</summary>
internal sealed record LinkRef(int Target, int FragmentDraw);

/// <summary>A heading: a topic, and for a level-3 heading a subtopic (-1 for level 2).</summary>
internal sealed record HeadingRef(int Topic, int Subtopic);

internal sealed class Sentence(List<Word> words)
{
    public List<Word> Words { get; } = words;

    public int LinkStart { get; set; } = -1;

    public int LinkLength { get; set; }

    public LinkRef? Link { get; set; }

    public int Emphasis { get; set; } = -1;

    public int Comma { get; set; } = -1;

    public bool Question { get; set; }

    public bool Footnote { get; set; }
}

internal abstract record Block;

internal sealed record ParagraphBlock(List<Sentence> Sentences) : Block;

internal sealed record HeadingBlock(int Level, HeadingRef Heading) : Block;

internal sealed record ListBlock(bool Numbered, List<List<Word>> Items) : Block;

internal sealed record QuoteBlock(List<Sentence> Sentences, int Name, int Role) : Block;

internal sealed record QuestionsBlock : Block;

/// <summary>On the home page: links to the sections and the first chapters. On a section page: links to its pages.</summary>
internal sealed record ContentsBlock(IReadOnlyList<int> Targets) : Block;

/// <summary>One page, independent of language: what the Danish and English twins both say, as indices.</summary>
internal sealed record PageShape(
    int Number,
    List<Word> Title,
    Sentence Description,
    List<Block> Blocks,
    List<HeadingRef> Headings,
    Sentence? FootnoteText,
    int ParagraphWords);
