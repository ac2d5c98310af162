using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>Splits a page into YAML front matter and Markdown body, and types the front matter.</summary>
public static partial class FrontMatterParser
{
    private const string Fence = "---";

    public sealed record Result(FrontMatter Meta, string Body, int BodyLine);

    public static Result? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        // The fences are found where they lie: the text is not split into lines, so that only the front matter and
        // the body are copied out of it.
        var text = file.Text;
        var lineEnd = LineEnd(text, 0);
        if (!IsFence(text.AsSpan(0, lineEnd)))
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterMissing, file.At(1),
                "the page has no front matter; start the file with a '---' line, then 'title: …', 'description: …', 'translationKey: …', and a closing '---'");
            return null;
        }

        var yamlStart = lineEnd + 1;
        var close = -1;
        var closeStart = 0;
        for (var line = 1; lineEnd < text.Length; line++)
        {
            var start = lineEnd + 1;
            lineEnd = LineEnd(text, start);
            if (IsFence(text.AsSpan(start, lineEnd - start)))
            {
                (close, closeStart) = (line, start);
                break;
            }
        }

        if (close < 0)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterMissing, file.At(1),
                "the front matter is not closed; did you forget the closing '---' line?");
            return null;
        }

        var yaml = closeStart - 1 > yamlStart ? text[yamlStart..(closeStart - 1)] : "";
        // Decided from this file alone: pages are parsed in parallel, so the shared error count may already
        // hold another page's errors, and comparing it would drop a good page at random.
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
            LastMod = LastMod(map, diagnostics),
            Keywords = map.NamesOrPairs(FrontMatterKeys.Keywords).Select(k => new PageKeyword(k.Name, k.Text?.TrimStart('#'), k.Span)).ToList(),
            MenuTitle = map.OptionalString(FrontMatterKeys.MenuTitle) is { Length: > 0 } menuTitle ? menuTitle : null,
            Credit = map.OptionalString(FrontMatterKeys.Credit) ?? FrontMatter.BookletCredit,
            Pdf = map.OptionalBool(FrontMatterKeys.Pdf),
        };

        if (!FrontMatter.Credits.Contains(meta.Credit))
        {
            diagnostics.Report(DiagnosticCodes.UnknownValue, map.SpanOf(FrontMatterKeys.Credit),
                $"unknown credit '{meta.Credit}'; use one of {string.Join(", ", FrontMatter.Credits)}");
        }

        foreach (var offer in meta.Embeds)
        {
            if (!EmbedKinds.All.Contains(offer.Kind))
            {
                diagnostics.Report(DiagnosticCodes.UnknownValue, offer.Span,
                    $"unknown embed kind '{offer.Kind}'; use one of {string.Join(", ", EmbedKinds.All)}");
            }
            else if (!EmbedAddress().IsMatch(offer.Address))
            {
                // The address names folders of the output: "../x" would leave embed/<lang>/.
                diagnostics.Report(DiagnosticCodes.InvalidValue, offer.Span,
                    $"embed address '{offer.Address}' must be lowercase words joined by '-', optionally in folders, such as 'questions' or 'questions/activity-value'");
            }
            else if (offer.Kind == EmbedKinds.BalanceQuestions && meta.Balance is null)
            {
                diagnostics.Report(DiagnosticCodes.ConflictingValue, offer.Span,
                    $"'{EmbedKinds.BalanceQuestions}' shows the page's own balance's questions, but this page has no 'balance:'");
            }
        }

        if (!FrontMatter.Layouts.Contains(meta.Layout))
        {
            diagnostics.Report(DiagnosticCodes.UnknownValue, map.SpanOf(FrontMatterKeys.Layout),
                $"unknown layout '{meta.Layout}'; use one of {string.Join(", ", FrontMatter.Layouts)}");
        }

        var bodyLine = close + 2;
        return new Result(meta, lineEnd < text.Length ? text[(lineEnd + 1)..] : "", bodyLine);
    }

    /// <summary>Where the line that starts at <paramref name="start"/> ends: at its '\n', or at the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var end = text.AsSpan(start).IndexOf('\n');
        return end < 0 ? text.Length : start + end;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual(Fence);

    /// <summary>The stated date of the last change; a date that is not a real YYYY-MM-DD day is an error at its line.</summary>
    private static DateOnly? LastMod(YamlMap map, DiagnosticBag diagnostics)
    {
        if (map.OptionalString(FrontMatterKeys.LastMod) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Report(DiagnosticCodes.InvalidDate, map.SpanOf(FrontMatterKeys.LastMod),
            $"'{FrontMatterKeys.LastMod}' must be a date written YYYY-MM-DD, such as 2025-03-01, not '{text}'");
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EmbedAddress();
}
