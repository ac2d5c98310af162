using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>Reads <c>input/site.yml</c>.</summary>
public static partial class SettingsReader
{
    public const string FileName = "site.yml";

    public static SiteSettings? Read(string inputFolder, Uri? siteUrlOverride, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputFolder, FileName);
        var display = InputReader.DisplayPath(path);
        if (!InputFiles.Present(path))
        {
            diagnostics.Report(DiagnosticCodes.MissingField, new SourceSpan(display, 1),
                $"the site settings are missing; create {display} with 'languages:', 'siteUrl:' and 'accessibilityStatement:'");
            return null;
        }

        var file = InputReader.Read(path, "", FileName, diagnostics, inputFolder);
        var map = file is null ? null : YamlReader.ReadMap(file, diagnostics);
        if (file is null || map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(new HashSet<string>(["languages", "siteUrl", "accessibilityStatement", MenuKey, SourceUrlKey, PublisherUrlKey, EmbedHeightsKey, TransliterationKey]));
        // No language is assumed: the site's languages, the default first, are the content's to name.
        var languagesText = map.OptionalString("languages");
        var languages = (languagesText ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var valid = languages.Length > 0;
        if (languagesText is null)
        {
            diagnostics.Report(DiagnosticCodes.MissingField, map.SpanOf("languages"),
                "'languages' is missing; list the site's language codes, the default first, such as 'languages: da en'");
        }
        else if (!valid)
        {
            diagnostics.Report(DiagnosticCodes.InvalidLanguage, map.SpanOf("languages"), "'languages' names no language; write codes such as 'da en'");
        }

        foreach (var language in languages.Where(l => l.Length > MaxLanguageLength || !LanguageCode().IsMatch(l)))
        {
            // A language names a folder below input/ and one in the output: "../x" or "/etc" would leave both.
            diagnostics.Report(DiagnosticCodes.InvalidLanguage, map.SpanOf("languages"),
                $"'{language}' is not a language code; write codes such as da, en or de-AT, separated by spaces");
            valid = false;
        }

        foreach (var duplicate in languages.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            diagnostics.Report(DiagnosticCodes.InvalidLanguage, map.SpanOf("languages"), $"the language '{duplicate.Key}' is listed twice");
            valid = false;
        }

        var urlText = WebAddress.Normalise(siteUrlOverride?.ToString() ?? map.RequiredString("siteUrl"));
        if (!WebAddress.IsHttp(urlText) || !Uri.TryCreate(urlText.EndsWith('/') ? urlText : urlText + "/", UriKind.Absolute, out var siteUrl))
        {
            diagnostics.Report(DiagnosticCodes.InvalidAddress, map.SpanOf("siteUrl"), $"siteUrl '{urlText}' is not an absolute http(s) address such as https://example.org/guide/");
            return null;
        }

        var statement = WebAddress.Normalise(map.RequiredString("accessibilityStatement"));
        if (statement.Length > 0 && !WebAddress.IsHttp(statement) && !WebAddress.IsRelative(statement))
        {
            diagnostics.Report(DiagnosticCodes.InvalidAddress, map.SpanOf("accessibilityStatement"),
                $"accessibilityStatement '{statement}' must be an http(s) address such as https://www.was.digst.dk/example-dk, or a link to a page of this site");
            valid = false;
        }

        var sourceUrl = CreditAddress(map, SourceUrlKey, diagnostics, ref valid);
        var publisherUrl = CreditAddress(map, PublisherUrlKey, diagnostics, ref valid);
        var embedHeights = EmbedHeights(map, diagnostics, ref valid);
        var spelling = TransliterationReader.Read(map, TransliterationKey, languages, diagnostics, ref valid);
        if (!valid)
        {
            return null;
        }

        return new SiteSettings(languages, siteUrl, statement)
        {
            Menu = (map.OptionalString(MenuKey) ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries),
            MenuSpan = map.SpanOf(MenuKey),
            SourceUrl = sourceUrl,
            PublisherUrl = publisherUrl,
            EmbedHeights = embedHeights,
            Transliterators = spelling,
        };
    }

    public const string MenuKey = "menu";
    public const string SourceUrlKey = "sourceUrl";
    public const string PublisherUrlKey = "publisherUrl";
    public const string EmbedHeightsKey = "embedHeights";
    public const string TransliterationKey = "transliteration";

    /// <summary>The tallest frame height accepted, in px: a typo such as 60000 would make a host's page endless.</summary>
    public const int MaxEmbedHeight = 10000;

    // Each embed kind's frame height in px: px, not rem, because rem is the host page's root size, which hosts change.
    private static Dictionary<string, int> EmbedHeights(YamlMap map, DiagnosticBag diagnostics, ref bool valid)
    {
        var heights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, text, span) in map.Pairs(EmbedHeightsKey))
        {
            if (!EmbedKinds.All.Contains(kind))
            {
                diagnostics.Report(DiagnosticCodes.UnknownValue, span, $"unknown embed kind '{kind}' in '{EmbedHeightsKey}'; use one of {string.Join(", ", EmbedKinds.All)}");
                valid = false;
            }
            else if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var height)
                     || height is < 1 or > MaxEmbedHeight)
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, span,
                    $"the height of '{kind}' must be a whole number of pixels from 1 to {MaxEmbedHeight}, such as 600, not '{text}'");
                valid = false;
            }
            else
            {
                heights[kind] = height;
            }
        }

        return heights;
    }

    // The footer's credit links leave the site: only an absolute http(s) address makes sense there.
    private static string? CreditAddress(YamlMap map, string key, DiagnosticBag diagnostics, ref bool valid)
    {
        if (map.OptionalString(key) is not { Length: > 0 } text)
        {
            return null;
        }

        var address = WebAddress.Normalise(text);
        if (!WebAddress.IsHttp(address))
        {
            diagnostics.Report(DiagnosticCodes.InvalidAddress, map.SpanOf(key), $"{key} '{address}' must be an absolute http(s) address such as https://example.dk/");
            valid = false;
            return null;
        }

        return address;
    }

    /// <summary>The longest language code accepted; real tags are far shorter, and each names a folder.</summary>
    public const int MaxLanguageLength = 35;

    /// <summary>A BCP 47 tag's shape: a 2-3 letter language, then optional subtags (de-AT, sr-Latn, zh-Hant-TW).</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LanguageCode();
}
