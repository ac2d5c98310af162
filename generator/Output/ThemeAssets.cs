using System.Security.Cryptography;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using NUglify;
using NUglify.Css;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The theme's assets as the site serves them: the stylesheet minified (with the balance tool's generated CSS
/// appended: one stylesheet, one request), and every asset named after its content (<c>site.0123456789.css</c>),
/// so a browser that keeps a copy for a year never keeps an old one. Made before the pages, which link to it.
/// </summary>
/// <param name="StylesheetPath">The stylesheet's path below the site root, e.g. <c>assets/site.0123456789.css</c>.</param>
public sealed record ThemeAssets(IReadOnlyList<OutputFile> Files, string StylesheetPath)
{
    /// <summary>The SVG icon's path below the site root, for <c>&lt;link rel="icon"&gt;</c>; null when the theme has none.</summary>
    public string? IconPath { get; init; }

    /// <summary>The site's icon, linked from every page.</summary>
    public const string Icon = "favicon.svg";

    /// <summary>
    /// The icon browsers and page audits ask for at <c>/favicon.ico</c> whatever the page links: written at the site's
    /// root under its own name (not hashed, since nothing links to it).
    /// </summary>
    public const string RootIcon = "favicon.ico";

    public const string Folder = "assets";

    /// <summary>The theme's stylesheet, by its name in the theme folder.</summary>
    public const string Stylesheet = "site.css";

    /// <summary>How many hex digits of the SHA-256 name a file: enough that two versions never share a name.</summary>
    public const int HashLength = 10;

    /// <summary>Reads, minifies and names the assets; CSS the minifier cannot read is reported against the theme's file.</summary>
    public static ThemeAssets Build(string themeFolder, string generatedCss, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(themeFolder, Folder);
        var files = new List<OutputFile>();
        string? stylesheetPath = null;
        string? iconPath = null;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative == RootIcon)
            {
                files.Add(new OutputFile(RootIcon, File.ReadAllBytes(path)));
                continue;
            }

            var content = relative == Stylesheet
                ? System.Text.Encoding.UTF8.GetBytes(Minify(File.ReadAllText(path), InputReader.DisplayPath(path), diagnostics) + MinifyGenerated(generatedCss))
                : File.ReadAllBytes(path);
            var file = new OutputFile($"{Folder}/{HashedName(relative, content)}", content);
            files.Add(file);
            if (relative == Stylesheet)
            {
                stylesheetPath = file.Path;
            }
            else if (relative == Icon)
            {
                iconPath = file.Path;
            }
        }

        return new ThemeAssets(files, stylesheetPath
            ?? throw new FileNotFoundException($"the theme folder {themeFolder} has no {Folder}/{Stylesheet} (is --theme right?)"))
        {
            IconPath = iconPath,
        };
    }

    /// <summary><c>dir/name.ext</c> becomes <c>dir/name.&lt;hash&gt;.ext</c>, the hash the first hex digits of the SHA-256 of the bytes.</summary>
    public static string HashedName(string relativePath, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];
        var slash = relativePath.LastIndexOf('/') + 1;
        var dot = relativePath.LastIndexOf('.');
        return dot > slash
            ? $"{relativePath[..dot]}.{hash}{relativePath[dot..]}"
            : $"{relativePath}.{hash}";
    }

    private static CssSettings Settings => new() { CommentMode = CssComment.None, OutputMode = OutputMode.SingleLine };

    private static string Minify(string css, string displayPath, DiagnosticBag diagnostics)
    {
        var result = Uglify.Css(css, displayPath, Settings);
        foreach (var error in result.Errors.Where(e => e.IsError))
        {
            diagnostics.Report(DiagnosticCodes.InvalidStylesheet, new SourceSpan(displayPath, Math.Max(1, error.StartLine)),
                $"the stylesheet cannot be minified: {error.Message}");
        }

        return result.Code ?? "";
    }

    // The generated CSS is the generator's own: CSS the minifier rejects there is a bug, not an input error.
    private static string MinifyGenerated(string css)
    {
        var result = Uglify.Css(css, Settings);
        return result.Errors.FirstOrDefault(e => e.IsError) is { } error
            ? throw new InvalidOperationException($"the balance tool's generated CSS does not minify: {error}")
            : result.Code ?? "";
    }
}
