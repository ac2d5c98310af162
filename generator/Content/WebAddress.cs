namespace MaalMedMening.Generator.Content;

/// <summary>
/// Web addresses read the way a browser's URL parser reads them, so that a check cannot be fooled by what the
/// browser ignores: "java&#9;script:" and " javascript:" are the same address to it as "javascript:".
/// </summary>
public static class WebAddress
{
    /// <summary>The address as the browser sees it: leading and trailing controls and spaces cut, tabs and newlines removed anywhere.</summary>
    public static string Normalise(string url)
    {
        var trimmed = url.AsSpan().Trim(ControlsAndSpace);
        return string.Create(trimmed.Length - Count(trimmed), trimmed.ToString(), static (target, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (c is not ('\t' or '\n' or '\r'))
                {
                    target[i++] = c;
                }
            }
        });
    }

    /// <summary>The lower-case scheme (<c>https</c>, <c>mailto</c>, <c>javascript</c>) of a normalised address, or null for a relative one.</summary>
    public static string? Scheme(string normalised)
    {
        var colon = normalised.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetter(normalised[0]))
        {
            return null;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(normalised[i]) || normalised[i] is '+' or '-' or '.'))
            {
                return null;
            }
        }

        return normalised[..colon].ToLowerInvariant();
    }

    /// <summary>An absolute http or https address with a host.</summary>
    public static bool IsHttp(string url)
    {
        var normalised = Normalise(url);
        return Scheme(normalised) is "http" or "https"
            && Uri.TryCreate(normalised, UriKind.Absolute, out var uri) && uri.Host.Length > 0;
    }

    /// <summary>A path on this site: no scheme, and not a protocol-relative <c>//host</c> (browsers read <c>\</c> as <c>/</c>).</summary>
    public static bool IsRelative(string url)
    {
        var normalised = Normalise(url);
        return Scheme(normalised) is null && !normalised.Replace('\\', '/').StartsWith("//", StringComparison.Ordinal);
    }

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    private static int Count(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r')
            {
                n++;
            }
        }

        return n;
    }
}
