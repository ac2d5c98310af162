using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Markdown.Shortcodes;

/// <summary><c>{{&lt; corrections &gt;}}</c>: the corrections to the printed text, each naming the page that carries it in the page's language.</summary>
public sealed class CorrectionsShortcode : IShortcode
{
    public string Name => "corrections";

    public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

    public ShortcodeReads Reads => ShortcodeReads.None;

    public IReadOnlyList<string> Strings => StringKeys.CorrectionsList;

    public BodyPart? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var page = call.Page;
        var rows = new List<CorrectionView>();
        foreach (var correction in context.Data[page.Language].Corrections)
        {
            var target = context.Site.FindByKey(page.Language, correction.Page);
            if (target is null)
            {
                call.Diagnostics.Report(DiagnosticCodes.UnknownId, correction.Span,
                    $"correction '{correction.Id}' names page '{correction.Page}', but no {page.Language} page has that translationKey");
            }

            rows.Add(new CorrectionView(correction.Id, target?.Meta.Title ?? correction.Page,
                target is null ? null : context.Urls.Between(page.OutputPath, target.OutputPath), correction.Original, correction.Corrected, correction.Reason));
        }

        // The printed text is in the language the publication was printed in, its default one, on every language's page.
        return new CorrectionsPart(rows, context.Site.Languages[0]);
    }
}
