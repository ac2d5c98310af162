namespace MaalMedMening.Generator.Content;

/// <summary>
/// Links between output files, always relative so that the same site works at a domain's root, under any
/// sub-path, and (with <see cref="ExplicitIndex"/>) opened from disk.
/// </summary>
/// <param name="ExplicitIndex">Write <c>…/index.html</c> instead of <c>…/</c>: needed for file:// where folders are not served as their index.</param>
public sealed record RelativeUrls(bool ExplicitIndex)
{
    private const string Index = "index.html";

    /// <summary>The href from the page written at <paramref name="from"/> to the file at <paramref name="to"/> (both site-root-relative).</summary>
    public string Between(string from, string to)
    {
        // Spans, not substrings: every link of every page comes through here.
        var fromFolder = from.AsSpan(0, from.LastIndexOf('/') + 1);
        var up = fromFolder.Count('/');
        var common = 0;
        while (true)
        {
            var next = fromFolder[common..].IndexOf('/');
            if (next < 0 || !to.AsSpan().StartsWith(fromFolder[..(common + next + 1)], StringComparison.Ordinal))
            {
                break;
            }

            common += next + 1;
            up--;
        }

        var href = Up(up) + to[common..];
        if (!ExplicitIndex && (href == Index || href.EndsWith("/" + Index, StringComparison.Ordinal)))
        {
            href = href[..^Index.Length];
        }

        return href.Length == 0 ? "./" : href;
    }

    /// <summary>The prefix that leads from the page at <paramref name="from"/> to the site root (<c>../../</c>).</summary>
    public static string ToRoot(string from) => Up(from.AsSpan().Count('/'));

    /// <summary><c>../</c> <paramref name="levels"/> times.</summary>
    private static string Up(int levels) => string.Create(levels * 3, levels, static (text, _) =>
    {
        for (var i = 0; i < text.Length; i += 3)
        {
            "../".CopyTo(text[i..]);
        }
    });

    /// <summary>The published address of an output file, as search engines and hreflang need it.</summary>
    public static string Absolute(Uri siteUrl, string outputPath) =>
        new Uri(siteUrl, outputPath.EndsWith(Index, StringComparison.Ordinal) ? outputPath[..^Index.Length] : outputPath).ToString();

    /// <summary>
    /// The path <paramref name="link"/> leads to from the folder of the file at <paramref name="from"/> ('.' and empty
    /// segments dropped, '..' taking one folder back). A '..' past the root gives null, or stays at the root when
    /// <paramref name="clampAtRoot"/> (as a browser does with a link that climbs too far).
    /// </summary>
    public static string? Combine(string from, string link, bool clampAtRoot = false)
    {
        var parts = new List<string>(from.Split('/')[..^1]);
        foreach (var segment in link.Split('/'))
        {
            switch (segment)
            {
                case "." or "":
                    break;
                case ".." when parts.Count == 0:
                    if (!clampAtRoot)
                    {
                        return null;
                    }

                    break;
                case "..":
                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }
}
