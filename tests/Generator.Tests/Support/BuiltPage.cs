using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>A page of the built site, parsed, with helpers for what content tests look at.</summary>
public sealed class BuiltPage
{
    private static readonly HtmlParser Parser = new();

    private BuiltPage(string path, IDocument document)
    {
        Path = path;
        Document = document;
    }

    /// <summary>Site-relative, e.g. "da/forord/index.html".</summary>
    public string Path { get; }

    public IDocument Document { get; }

    public IElement Article => Document.QuerySelector("main article")!;

    public string Language => Document.DocumentElement.GetAttribute("lang")!;

    /// <summary>The site-relative path of the twin in another language, from the page's hreflang link.</summary>
    public string TwinPath(string language, string siteUrl) =>
        Document.QuerySelector($"link[rel=alternate][hreflang={language}]")!.GetAttribute("href")![siteUrl.Length..] + "index.html";

    public static IReadOnlyList<BuiltPage> All(string output, string language) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(output, language), "index.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => Load(output, System.IO.Path.GetRelativePath(output, file).Replace('\\', '/')))
            .ToList();

    public static BuiltPage Load(string output, string path) =>
        new(path, Parser.ParseDocument(File.ReadAllText(System.IO.Path.Combine(output, path))));
}
