using System.IO.Compression;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Output;

/// <summary><c>build --precompress</c>: .gz and .br copies beside each text file, the same bytes in every build (issue #17).</summary>
public sealed class PrecompressionTests
{
    private static async Task BuildAsync(string output)
    {
        var errors = new StringWriter();
        var code = await BuildCommand.RunAsync(new BuildOptions(RepoPaths.Input, output, RepoPaths.Theme, Precompress: true), TextWriter.Null, errors);
        Assert.True(code == 0, errors.ToString());
    }

    [Fact]
    public async Task Should_Write_Byte_Identical_Compressed_Copies_In_Every_Build()
    {
        // Given the real site built twice with --precompress
        using var first = new TempFolder();
        using var second = new TempFolder();

        // When
        await BuildAsync(first.Path);
        await BuildAsync(second.Path);

        // Then both builds are the same, byte for byte, compressed copies included
        var snapshot = FolderSnapshot.Take(first.Path);
        Assert.Contains(snapshot.Keys, k => k.EndsWith(".gz", StringComparison.Ordinal));
        Assert.Equal(snapshot, FolderSnapshot.Take(second.Path));
    }

    [Fact]
    public async Task Should_Give_Every_Text_File_A_Gzip_And_A_Brotli_Copy_Of_The_Same_Text()
    {
        // Given
        using var output = new TempFolder();

        // When
        await BuildAsync(output.Path);

        // Then each html, css, svg, xml and txt file has both copies, which decompress to it, and the gzip header holds no time
        var texts = Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".css" or ".svg" or ".xml" or ".txt").ToList();
        Assert.Contains(BuiltStylesheet.PathIn(output.Path), texts);
        Assert.Contains(texts, f => f.EndsWith("sitemap.xml", StringComparison.Ordinal));
        foreach (var text in texts)
        {
            var original = await File.ReadAllBytesAsync(text);
            var gz = await File.ReadAllBytesAsync(text + ".gz");
            Assert.Equal([0, 0, 0, 0], gz[4..8]);
            Assert.Equal(original, Decompress(new GZipStream(new MemoryStream(gz), CompressionMode.Decompress)));
            Assert.Equal(original, Decompress(new BrotliStream(new MemoryStream(await File.ReadAllBytesAsync(text + ".br")), CompressionMode.Decompress)));
            Assert.True(gz.Length < original.Length || original.Length < 200, $"{text}: {gz.Length} bytes compressed, {original.Length} plain");
        }

        // And nothing else is compressed, and nothing is compressed twice
        Assert.DoesNotContain(Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories),
            f => f.EndsWith(".gz.gz", StringComparison.Ordinal) || f.EndsWith(".br.gz", StringComparison.Ordinal) || f.EndsWith("_headers.gz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Write_No_Compressed_Copies_Without_The_Option()
    {
        // Given / When the real site built without --precompress
        using var output = new TempFolder();
        Assert.Equal(0, await RealSite.BuildAsync(output.Path));

        // Then
        Assert.DoesNotContain(Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories),
            f => f.EndsWith(".gz", StringComparison.Ordinal) || f.EndsWith(".br", StringComparison.Ordinal));
    }

    private static byte[] Decompress(Stream stream)
    {
        using (stream)
        {
            using var plain = new MemoryStream();
            stream.CopyTo(plain);
            return plain.ToArray();
        }
    }
}
