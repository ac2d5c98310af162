using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>
/// Follows every address a built site's HTML files give (href, src, xlink:href) the way a static host would:
/// a folder address is its index.html, and a #fragment must be an id on the target page. Addresses outside
/// the site (another host) are not followed; addresses on the site's own host but outside its path are broken.
/// </summary>
public sealed class LinkChecker(string output, Uri siteUrl)
{
    private const string Index = "index.html";
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, IDocument?> _documents = new(StringComparer.Ordinal);

    /// <summary>Site-relative paths of every HTML file, in a stable order.</summary>
    public IReadOnlyList<string> HtmlFiles() =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The parsed HTML file at a site-relative path, or null when there is none.</summary>
    public IDocument? Document(string path)
    {
        if (!_documents.TryGetValue(path, out var document))
        {
            var full = Path.Combine(output, path);
            document = path.EndsWith(".html", StringComparison.Ordinal) && File.Exists(full) ? Parser.ParseDocument(File.ReadAllText(full)) : null;
            _documents[path] = document;
        }

        return document;
    }

    /// <summary>The published address of a site-relative file (a folder's index.html is the folder).</summary>
    public Uri AddressOf(string path) =>
        new(siteUrl, path == Index ? "" : path.EndsWith("/" + Index, StringComparison.Ordinal) ? path[..^Index.Length] : path);

    /// <summary>
    /// The site-relative file an address leads to (with its fragment, unescaped), or null for an address on
    /// another host or with another scheme; a path outside the site is returned as "../…" so that it is broken.
    /// </summary>
    public (string Path, string? Fragment)? Resolve(string fromPath, string value)
    {
        if (!Uri.TryCreate(AddressOf(fromPath), value.Trim(), out var target) || target.Scheme is not ("http" or "https"))
        {
            return null;
        }

        if (!string.Equals(target.Authority, siteUrl.Authority, StringComparison.OrdinalIgnoreCase) || target.Scheme != siteUrl.Scheme)
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath);
        var root = siteUrl.AbsolutePath;
        // A host answers a folder's address without its slash (".../maalmedmening") by redirecting to the folder.
        var relative = path.StartsWith(root, StringComparison.Ordinal) ? path[root.Length..]
            : path + "/" == root ? ""
            : "../" + path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += Index;
        }
        else if (!File.Exists(Path.Combine(output, relative)) && Directory.Exists(Path.Combine(output, relative)))
        {
            relative += "/" + Index;
        }

        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : null;
        return (relative, fragment);
    }

    /// <summary>Every address in the HTML file at <paramref name="path"/> that does not lead to a file, or to an id on it.</summary>
    public IEnumerable<string> BrokenLinks(string path)
    {
        var document = Document(path) ?? throw new FileNotFoundException(path);
        foreach (var (element, attribute, value) in Addresses(document))
        {
            var where = $"{path}: <{element.LocalName} {attribute}=\"{value}\">";
            if (Resolve(path, value) is not var (file, fragment))
            {
                continue;
            }

            if (file.StartsWith("../", StringComparison.Ordinal) || !File.Exists(Path.Combine(output, file)))
            {
                yield return $"{where} leads to {file}, which the site does not have";
            }
            else if (fragment is not null && Document(file)?.GetElementById(fragment) is null)
            {
                yield return $"{where} leads to #{fragment}, which {file} has no element with that id";
            }
        }
    }

    /// <summary>Every element attribute that holds an address, with its value.</summary>
    public static IEnumerable<(IElement Element, string Attribute, string Value)> Addresses(IDocument document) =>
        document.All.SelectMany(e => e.Attributes
            .Where(a => a.Name is "href" or "src" or "xlink:href" or "action" or "poster" or "data")
            .Select(a => (e, a.Name, a.Value)));
}
