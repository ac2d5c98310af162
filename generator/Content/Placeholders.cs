using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// The marks <c>new</c> leaves where an editor still has to write. A page that has one is not finished: <c>build</c>
/// (and so <c>pdf</c> and CI) refuses it at its line, <c>serve</c> previews it as a draft with a warning.
/// </summary>
public static class Placeholders
{
    /// <summary>After a title or description in a language other than the default.</summary>
    public const string Translate = "(translate me)";

    /// <summary>Before a description or body still to write.</summary>
    public const string Todo = "TODO:";

    private static readonly string[] Marks = [Translate, Todo];

    /// <summary>How far a mark can reach across a seam: all but its last character on one side.</summary>
    private static readonly int Reach = Marks.Max(m => m.Length) - 1;

    /// <param name="asDrafts">A placeholder is a warning, not an error (<c>serve</c>'s drafts).</param>
    public static void Check(IEnumerable<Page> pages, DiagnosticBag diagnostics, bool asDrafts)
    {
        foreach (var page in pages.Where(HasMark))
        {
            // The page's text is its file's: front matter from line 1, the body from BodyLine.
            var lines = (page.Source.Text + page.Body).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (Marks.FirstOrDefault(m => lines[i].Contains(m, StringComparison.Ordinal)) is not { } mark)
                {
                    continue;
                }

                var message = $"the placeholder '{mark}' that `new` wrote is still here; write the real text";
                if (asDrafts)
                {
                    diagnostics.Warn(DiagnosticCodes.Placeholder, page.Source.At(i + 1), message + " (previewed as a draft; build fails until then)");
                }
                else
                {
                    diagnostics.Report(DiagnosticCodes.Placeholder, page.Source.At(i + 1), message);
                }
            }
        }
    }

    /// <summary>
    /// Whether a mark is anywhere in the page's text, searched where its two parts lie: joining and splitting every
    /// page's text only to find none was an eighth of what a 4,000-page build allocated. A mark could only span the
    /// parts where the front matter's closing fence meets the body, so that seam is searched too.
    /// </summary>
    private static bool HasMark(Page page)
    {
        var (head, body) = (page.Source.Text, page.Body);
        var seam = string.Concat(head.AsSpan(Math.Max(0, head.Length - Reach)), body.AsSpan(0, Math.Min(body.Length, Reach)));
        return Marks.Any(m => head.Contains(m, StringComparison.Ordinal) || body.Contains(m, StringComparison.Ordinal) || seam.Contains(m, StringComparison.Ordinal));
    }
}
