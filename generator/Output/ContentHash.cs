using System.IO.Hashing;
using System.Text;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The build's one content hash, in lower-case hex: what names an asset (<c>site.&lt;hash&gt;.css</c>) and keys the caches
/// (minified CSS, serve's pages and site files). XxHash128 rather than SHA-256: nothing here needs a cryptographic hash,
/// and the first SHA-256 loaded OpenSSL, a fifth of the real site's build CPU on the benchmark machine (#30).
/// </summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>A hash of content read piece by piece (<see cref="NonCryptographicHashAlgorithm.Append(ReadOnlySpan{byte})"/>), ended by <see cref="End"/>.</summary>
    public static NonCryptographicHashAlgorithm Begin() => new XxHash128();

    public static string End(NonCryptographicHashAlgorithm hash) => Convert.ToHexStringLower(hash.GetCurrentHash());
}
