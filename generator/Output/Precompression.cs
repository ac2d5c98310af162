using System.IO.Compression;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The <c>.gz</c> and <c>.br</c> copies that <c>build --precompress</c> writes beside each text file, for hosts that
/// serve them as they are (nginx <c>gzip_static</c>, <c>brotli_static</c>): compressed once, at the highest level,
/// instead of on every request at a low one. Deterministic: the gzip header .NET writes carries no time or name
/// (its mtime field is zero), and the levels are fixed, so two builds give the same bytes.
/// </summary>
public static class Precompression
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.Ordinal) { ".html", ".css", ".svg", ".xml", ".txt" };

    // Brotli's highest quality and its default window; fixed so that the output never depends on a library default.
    private const int BrotliQuality = 11;
    private const int BrotliWindow = 22;

    public static bool Applies(string path) => TextExtensions.Contains(Path.GetExtension(path));

    public static byte[] Gzip(ReadOnlySpan<byte> content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    public static byte[] Brotli(ReadOnlySpan<byte> content)
    {
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, compressed, out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli compression failed");
        }

        return compressed[..written];
    }
}
