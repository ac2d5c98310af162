using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>Splits a page into YAML front matter and Markdown body, and types the front matter.</summary>
public static partial class FrontMatterParser
{
    private const string Fence = "---";

    public sealed record Result(FrontMatter Meta, string Body, int BodyLine);

    public static Result? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterMissing, file.At(1),
                "the page has no front matter; start the file with a '---' line, then 'title: …', 'description: …', 'translationKey: …', and a closing '---'");
            return null;
        }

        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (close < 0)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterMissing, file.At(1),
                "the front matter is not closed; did you forget the closing '---' line?");
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        // Decided from this file alone: pages are parsed in parallel, so the shared error count may already
        // hold another page's errors, and comparing it would drop a good page at random (issue #16).
        if (!YamlReader.TryParse(yaml, file, firstLine: 2, diagnostics, out var root))
        {
            return null;
        }

        var map = YamlMap.From(root, file, 2, diagnostics, "front matter");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(FrontMatterKeys.All);
        var meta = new FrontMatter(
            Title: map.RequiredString(FrontMatterKeys.Title),
            Description: map.RequiredString(FrontMatterKeys.Description),
            TranslationKey: map.RequiredString(FrontMatterKeys.TranslationKey),
            Weight: map.OptionalInt(FrontMatterKeys.Weight, 0),
            Slug: map.OptionalString(FrontMatterKeys.Slug) ?? "",
            Balance: map.OptionalString(FrontMatterKeys.Balance),
            Balances: map.List(FrontMatterKeys.Balances)
                .Select(item => new CaseBalanceLink(item.RequiredString("id"), item.RequiredString("note"), item.Span))
                .ToList(),
            Layout: map.OptionalString(FrontMatterKeys.Layout) ?? FrontMatter.PageLayout,
            Span: file.At(1))
        {
            BalanceSpan = map.SpanOf(FrontMatterKeys.Balance),
            SlugSpan = map.SpanOf(FrontMatterKeys.Slug),
            Embeds = map.Pairs(FrontMatterKeys.Embeds).Select(p => new EmbedOffer(p.Name, p.Text, p.Span)).ToList(),
            SeeAlso = (map.OptionalString(FrontMatterKeys.SeeAlso) ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries),
            SeeAlsoSpan = map.SpanOf(FrontMatterKeys.SeeAlso),
            MenuTitle = map.OptionalString(FrontMatterKeys.MenuTitle) is { Length: > 0 } menuTitle ? menuTitle : null,
        };

        foreach (var offer in meta.Embeds)
        {
            if (!EmbedKinds.All.Contains(offer.Kind))
            {
                diagnostics.Report(DiagnosticCodes.InvalidField, offer.Span,
                    $"unknown embed kind '{offer.Kind}'; use one of {string.Join(", ", EmbedKinds.All)}");
            }
            else if (!EmbedAddress().IsMatch(offer.Address))
            {
                // The address names folders of the output: "../x" would leave embed/<lang>/.
                diagnostics.Report(DiagnosticCodes.InvalidField, offer.Span,
                    $"embed address '{offer.Address}' must be lowercase words joined by '-', optionally in folders, such as 'questions' or 'questions/activity-value'");
            }
            else if (offer.Kind == EmbedKinds.BalanceQuestions && meta.Balance is null)
            {
                diagnostics.Report(DiagnosticCodes.InvalidField, offer.Span,
                    $"'{EmbedKinds.BalanceQuestions}' shows the page's own balance's questions, but this page has no 'balance:'");
            }
        }

        if (!FrontMatter.Layouts.Contains(meta.Layout))
        {
            diagnostics.Report(DiagnosticCodes.InvalidField, map.SpanOf(FrontMatterKeys.Layout),
                $"unknown layout '{meta.Layout}'; use one of {string.Join(", ", FrontMatter.Layouts)}");
        }

        var bodyLine = close + 2;
        return new Result(meta, string.Join('\n', lines[(close + 1)..]), bodyLine);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EmbedAddress();
}
