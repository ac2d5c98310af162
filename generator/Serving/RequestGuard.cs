namespace MaalMedMening.Generator.Serving;

/// <summary>
/// What the local server refuses before anything is served. It serves files to read, so only GET and HEAD are
/// answered (405 otherwise). And only a request addressed to this machine by name (<c>Host: 127.0.0.1:port</c> or
/// <c>localhost:port</c>): a page elsewhere that points its own host name at 127.0.0.1 (DNS rebinding) would
/// otherwise read the preview, drafts included, from the author's browser; it gets 421.
/// </summary>
public static class RequestGuard
{
    public sealed record Result(int Status, string Reason);

    /// <returns>The refusal, or null when the request may be answered.</returns>
    public static Result? Refusal(string method, string? host, int port)
    {
        if (!HttpMethodsAllowed(method))
        {
            return new Result(405, $"the preview answers GET and HEAD only, not {method}");
        }

        if (!IsLocal(host, port))
        {
            return new Result(421, $"the preview answers only requests for 127.0.0.1:{port} or localhost:{port}");
        }

        return null;
    }

    private static bool HttpMethodsAllowed(string method) =>
        method.Equals("GET", StringComparison.Ordinal) || method.Equals("HEAD", StringComparison.Ordinal);

    private static bool IsLocal(string? host, int port) =>
        host is not null
        && (host.Equals($"127.0.0.1:{port}", StringComparison.OrdinalIgnoreCase) || host.Equals($"localhost:{port}", StringComparison.OrdinalIgnoreCase));
}
