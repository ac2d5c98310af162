namespace MaalMedMening.Theme.Models;

/// <summary>
/// The site's Content-Security-Policy, kept here only, beside the markup it allows: no script sources at all; framing
/// allowed from any site for the embed pages and only from the site itself elsewhere. It is sent twice: as a
/// <c>_headers</c> file, which Netlify and Cloudflare Pages read, and in a meta element of every page, for hosts such
/// as GitHub Pages that send no headers of the site's. Browsers ignore <c>frame-ancestors</c> in a meta element, so
/// the meta policies leave it out and framing is the host's to restrict (README.md, "Hosting"). The same policies are
/// documented for nginx there.
/// </summary>
public static class SecurityPolicy
{
    /// <summary>The policy of every page but the embed pages, as a meta element can carry it.</summary>
    public const string MetaPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'";

    /// <summary>The embed pages' policy as a meta element can carry it: their <c>&lt;base target="_top"&gt;</c> needs base-uri 'self'.</summary>
    public const string EmbedMetaPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'self'";

    public const string Policy = MetaPolicy + "; frame-ancestors 'self'";

    public const string EmbedPolicy = EmbedMetaPolicy + "; frame-ancestors *";
}
