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

    /// <param name="asDrafts">A placeholder is a warning, not an error (<c>serve</c>'s drafts).</param>
    public static void Check(IEnumerable<Page> pages, DiagnosticBag diagnostics, bool asDrafts)
    {
        foreach (var page in pages)
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
}
