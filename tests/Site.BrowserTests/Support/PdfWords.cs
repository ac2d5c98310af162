using System.Globalization;
using System.Text.RegularExpressions;

namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>
/// The words of a printed PDF with their boxes, as poppler's <c>pdftotext -bbox</c> reads them (points, origin at the
/// page's top left): what a reader sees on paper, for checks of where text stands.
/// </summary>
public static partial class PdfWords
{
    public sealed record Word(string Text, double Left, double Top, double Right, double Bottom);

    /// <summary>One card of a sheet of cards: its words, from its label (which ends "· number") down.</summary>
    public sealed record Card(int Column, Word Label, IReadOnlyList<Word> Words);

    public sealed record Page(double Width, double Height, IReadOnlyList<Word> Words)
    {
        /// <summary>The words between the running header (the page's first line) and the running footer (its last).</summary>
        public IReadOnlyList<Word> Body()
        {
            var first = Words.Min(w => w.Top);
            var last = Words.Max(w => w.Top);
            return Words.Where(w => w.Top > first + 2 && w.Top < last - 2).ToList();
        }

        public double Middle => Width / 2;

        /// <summary>How many lines of text the body holds (words whose tops lie within 3 pt of each other are one line).</summary>
        public int Lines()
        {
            var lines = 0;
            var last = double.NegativeInfinity;
            foreach (var top in Body().Select(w => w.Top).Order())
            {
                if (top - last > 3)
                {
                    lines++;
                }

                last = top;
            }

            return lines;
        }

        /// <summary>
        /// The cards of a sheet, column by column: the body's words split where a column's lines leave a gap wider than
        /// a line, keeping the groups that hold a card's label ("… · 3"); the title above the first row is not a card.
        /// </summary>
        public IReadOnlyList<Card> Cards()
        {
            var cards = new List<Card>();
            foreach (var column in new[] { 0, 1 })
            {
                var words = Body().Where(w => (w.Left < Middle ? 0 : 1) == column).OrderBy(w => w.Top).ThenBy(w => w.Left).ToList();
                var group = new List<Word>();
                foreach (var word in words)
                {
                    if (group.Count > 0 && word.Top - group.Max(w => w.Bottom) > Mm(4))
                    {
                        AddCard(cards, column, group);
                        group = [];
                    }

                    group.Add(word);
                }

                AddCard(cards, column, group);
            }

            return cards;
        }

        private static void AddCard(List<Card> cards, int column, List<Word> words)
        {
            var label = words.Select((w, i) => (w, i)).FirstOrDefault(p => p.w.Text == "·" && p.i + 1 < words.Count && words[p.i + 1].Text.All(char.IsAsciiDigit));
            if (label.w is not null)
            {
                cards.Add(new Card(column, words[0], words));
            }
        }
    }

    public static double Mm(double millimetres) => millimetres * 72 / 25.4;

    public static double ToMm(double points) => points * 25.4 / 72;

    /// <summary>Every page of <paramref name="pdf"/>, with its words.</summary>
    public static IReadOnlyList<Page> Read(string pdf)
    {
        var xhtml = Poppler.Run("pdftotext", $"-bbox {pdf} -");
        return PageElement().Matches(xhtml).Select(page => new Page(
            Number(page.Groups["width"].Value),
            Number(page.Groups["height"].Value),
            WordElement().Matches(page.Groups["words"].Value).Select(w => new Word(
                System.Net.WebUtility.HtmlDecode(w.Groups["text"].Value),
                Number(w.Groups["x0"].Value), Number(w.Groups["y0"].Value), Number(w.Groups["x1"].Value), Number(w.Groups["y1"].Value))).ToList())).ToList();
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<page width=""(?<width>[\d.]+)"" height=""(?<height>[\d.]+)"">(?<words>.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageElement();

    [GeneratedRegex(@"<word xMin=""(?<x0>[\d.]+)"" yMin=""(?<y0>[\d.]+)"" xMax=""(?<x1>[\d.]+)"" yMax=""(?<y1>[\d.]+)"">(?<text>[^<]*)</word>")]
    private static partial Regex WordElement();
}
