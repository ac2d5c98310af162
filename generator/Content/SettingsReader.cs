using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>Reads <c>input/site.yml</c>.</summary>
public static class SettingsReader
{
    public const string FileName = "site.yml";

    public static SiteSettings? Read(string inputFolder, Uri? siteUrlOverride, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputFolder, FileName);
        var display = InputReader.DisplayPath(path);
        if (!File.Exists(path))
        {
            diagnostics.Report(DiagnosticCodes.MissingField, new SourceSpan(display, 1),
                $"the site settings are missing; create {display} with 'languages:', 'siteUrl:' and 'accessibilityStatement:'");
            return null;
        }

        var file = InputReader.Read(path, "", FileName, diagnostics);
        var map = file is null ? null : YamlMap.From(YamlReader.Parse(file.Text, file, 1, diagnostics), file, 1, diagnostics, "site.yml");
        if (file is null || map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(new HashSet<string>(["languages", "siteUrl", "accessibilityStatement"]));
        var languages = (map.OptionalString("languages") ?? "da en")
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var urlText = siteUrlOverride?.ToString() ?? map.RequiredString("siteUrl");
        if (!Uri.TryCreate(urlText.EndsWith('/') ? urlText : urlText + "/", UriKind.Absolute, out var siteUrl))
        {
            diagnostics.Report(DiagnosticCodes.InvalidField, map.SpanOf("siteUrl"), $"siteUrl '{urlText}' is not an absolute address such as https://example.dk/maalmedmening/");
            return null;
        }

        return new SiteSettings(languages, siteUrl, map.RequiredString("accessibilityStatement"));
    }
}
