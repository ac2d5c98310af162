using System.Security.Cryptography;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using NUglify;
using NUglify.Css;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The theme's assets as the site serves them: the stylesheet minified, the balance tool's generated CSS minified into
/// a stylesheet of its own (<c>tool.0123456789.css</c>, linked only where the tool is: it is three quarters of the
/// CSS, and every other page fits the first round trip without it), and every asset named after its content
/// (<c>site.0123456789.css</c>), so a browser that keeps a copy for a year never keeps an old one. Made before the
/// pages, which link to them.
/// </summary>
/// <param name="StylesheetPath">The stylesheet's path below the site root, e.g. <c>assets/site.0123456789.css</c>.</param>
public sealed record ThemeAssets(IReadOnlyList<OutputFile> Files, string StylesheetPath)
{
    /// <summary>The tool's stylesheet below the site root (<c>assets/tool.0123456789.css</c>); null when there is no tool CSS.</summary>
    public string? ToolStylesheetPath { get; init; }

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

    /// <summary>The name of the tool's generated stylesheet before hashing; it has no source file in the theme.</summary>
    public const string ToolStylesheet = "tool.css";

    /// <summary>How many hex digits of the SHA-256 name a file: enough that two versions never share a name.</summary>
    public const int HashLength = 10;

    /// <summary>Reads, minifies and names the assets; CSS the minifier cannot read is reported against the theme's file.</summary>
    /// <param name="cache">Minified CSS from earlier builds; null minifies every time.</param>
    public static ThemeAssets Build(string themeFolder, string generatedCss, DiagnosticBag diagnostics, MinifyCache? cache = null) =>
        Theme(themeFolder, diagnostics, cache).WithTool(generatedCss, cache);

    /// <summary>The theme folder's assets, without the tool's stylesheet (<see cref="WithTool"/>): they need nothing of
    /// the input, so a build makes them on its other core while it checks the input.</summary>
    public static ThemeAssets Theme(string themeFolder, DiagnosticBag diagnostics, MinifyCache? cache = null)
    {
        cache ??= new MinifyCache(null);
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
                ? System.Text.Encoding.UTF8.GetBytes(cache.Get(File.ReadAllText(path), css => Minify(css, InputReader.DisplayPath(path), diagnostics)))
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

    /// <summary>These assets with the balance tool's generated CSS, minified, as a stylesheet of its own (none when there is no CSS).</summary>
    /// <param name="cache">Minified CSS from earlier builds; null minifies every time.</param>
    public ThemeAssets WithTool(string generatedCss, MinifyCache? cache = null)
    {
        var toolCss = generatedCss.Length == 0 ? "" : (cache ?? new MinifyCache(null)).Get(generatedCss, MinifyGenerated);
        if (toolCss.Length == 0)
        {
            return this;
        }

        var content = System.Text.Encoding.UTF8.GetBytes(toolCss);
        var file = new OutputFile($"{Folder}/{HashedName(ToolStylesheet, content)}", content);
        return this with { Files = [.. Files, file], ToolStylesheetPath = file.Path };
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

    /// <summary>The minified CSS, or null when it had errors (reported here).</summary>
    private static string? Minify(string css, string displayPath, DiagnosticBag diagnostics)
    {
        var result = Uglify.Css(css, displayPath, Settings);
        var errors = result.Errors.Where(e => e.IsError).ToList();
        foreach (var error in errors)
        {
            diagnostics.Report(DiagnosticCodes.InvalidStylesheet, new SourceSpan(displayPath, Math.Max(1, error.StartLine)),
                $"the stylesheet cannot be minified: {error.Message}");
        }

        return errors.Count > 0 ? null : result.Code ?? "";
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
