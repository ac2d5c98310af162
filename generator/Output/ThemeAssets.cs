using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;
using NUglify;
using NUglify.Css;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The theme's assets as the site serves them: the stylesheet minified; a stylesheet per need, minified, for what
/// only some pages show (<c>parts/Booklet.css</c> styles the part the Booklet component shows and is linked only from
/// pages with that part), so that a page carries no CSS it does not use and fits the first round trip; the balance
/// tool's part stylesheet and its generated CSS as one stylesheet (<c>tool.0123456789.css</c>); and every asset named
/// after its content (<c>site.0123456789.css</c>), so a browser that keeps a copy for a year never keeps an old one.
/// Made before the pages, which link to them.
/// </summary>
/// <param name="StylesheetPath">The stylesheet's path below the site root, e.g. <c>assets/site.0123456789.css</c>.</param>
public sealed record ThemeAssets(IReadOnlyList<OutputFile> Files, string StylesheetPath)
{
    /// <summary>The tool's stylesheet below the site root (<c>assets/tool.0123456789.css</c>); null when there is no tool CSS.</summary>
    public string? ToolStylesheetPath => PartStylesheets.GetValueOrDefault(ToolComponent);

    /// <summary>
    /// Each part stylesheet below the site root by the name of the component whose part it styles (the tool's is
    /// <c>tool.0123456789.css</c>, under <see cref="ToolComponent"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> PartStylesheets { get; init; } = new Dictionary<string, string>();

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

    /// <summary>The name of the tool's stylesheet before hashing: the theme's <c>parts/BalanceTool.css</c> and the CSS generated from the rules.</summary>
    public const string ToolStylesheet = "tool.css";

    /// <summary>
    /// The theme's folder of part stylesheets, each named after the component it styles (<c>parts/QuestionCards.css</c>):
    /// a page links those of the components its body shows.
    /// </summary>
    public const string PartsFolder = "parts";

    /// <summary>The balance tool's component, whose part stylesheet goes before the generated CSS in <see cref="ToolStylesheet"/>.</summary>
    public const string ToolComponent = "BalanceTool";

    /// <summary>How many hex digits of the content hash name a file: enough that two versions never share a name.</summary>
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
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? stylesheetPath = null;
        string? iconPath = null;
        var toolPart = "";
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative == RootIcon)
            {
                files.Add(new OutputFile(RootIcon, File.ReadAllBytes(path)));
                continue;
            }

            var part = PartName(relative);
            var content = relative == Stylesheet || part is not null
                ? System.Text.Encoding.UTF8.GetBytes(cache.Get(File.ReadAllText(path), css => Minify(css, InputReader.DisplayPath(path), diagnostics)))
                : File.ReadAllBytes(path);
            if (part == ToolComponent)
            {
                // Written with the generated CSS (WithTool): the tool's pages then load one stylesheet for it, not two.
                toolPart = System.Text.Encoding.UTF8.GetString(content);
                continue;
            }

            var file = new OutputFile($"{Folder}/{HashedName(relative, content)}", content);
            files.Add(file);
            if (part is not null)
            {
                parts[part] = file.Path;
            }
            else if (relative == Stylesheet)
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
            PartStylesheets = parts,
            ToolPart = toolPart,
        };
    }

    /// <summary>These assets with the balance tool's stylesheet: the theme's tool part and its generated CSS, minified,
    /// as one file (none when there is no generated CSS).</summary>
    /// <param name="cache">Minified CSS from earlier builds; null minifies every time.</param>
    public ThemeAssets WithTool(string generatedCss, MinifyCache? cache = null)
    {
        var toolCss = generatedCss.Length == 0 ? "" : (cache ?? new MinifyCache(null)).Get(generatedCss, MinifyGenerated);
        if (toolCss.Length == 0)
        {
            return this;
        }

        var content = System.Text.Encoding.UTF8.GetBytes(ToolPart + toolCss);
        var file = new OutputFile($"{Folder}/{HashedName(ToolStylesheet, content)}", content);
        var parts = new Dictionary<string, string>(PartStylesheets, StringComparer.Ordinal) { [ToolComponent] = file.Path };
        return this with { Files = [.. Files, file], PartStylesheets = parts };
    }

    /// <summary>The theme's minified <c>parts/BalanceTool.css</c>, kept for <see cref="WithTool"/>.</summary>
    private string ToolPart { get; init; } = "";

    /// <summary>The component a part stylesheet (<c>parts/Booklet.css</c>) is for; null for any other file.</summary>
    private static string? PartName(string relative) =>
        relative.StartsWith(PartsFolder + "/", StringComparison.Ordinal) && relative.EndsWith(".css", StringComparison.Ordinal) && relative.Count(c => c == '/') == 1
            ? relative[(PartsFolder.Length + 1)..^".css".Length]
            : null;

    /// <summary><c>dir/name.ext</c> becomes <c>dir/name.&lt;hash&gt;.ext</c>, the hash the first hex digits of the bytes' <see cref="ContentHash"/>.</summary>
    public static string HashedName(string relativePath, byte[] content)
    {
        var hash = ContentHash.Of(content)[..HashLength];
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
