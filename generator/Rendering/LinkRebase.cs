using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Rendering;

/// <summary>Moves a relative link written for one page onto another page, so that it still leads to the same file.</summary>
public static class LinkRebase
{
    private const string Index = "index.html";

    public static string Rebase(RelativeUrls urls, string href, string from, string to)
    {
        var (target, rest) = Resolve(href, from);
        return urls.Between(to, target) + rest;
    }

    /// <summary>The file a relative link written on the page at <paramref name="from"/> leads to (site-root-relative), and its <c>#…</c> or <c>?…</c> rest.</summary>
    public static (string Target, string Suffix) Resolve(string href, string from)
    {
        var cut = href.IndexOfAny(['#', '?']);
        var path = cut < 0 ? href : href[..cut];
        var rest = cut < 0 ? "" : href[cut..];
        // A link to a folder is a link to its index page.
        var target = RelativeUrls.Combine(from, path, clampAtRoot: true)!;
        if (path.Length == 0 || path.EndsWith('/') || path.EndsWith('.'))
        {
            target = target.Length == 0 ? Index : $"{target}/{Index}";
        }

        return (target, rest);
    }
}
