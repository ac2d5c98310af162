using System.Text;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The only writer of the site to disk, in one of two modes chosen by <see cref="Open"/>: a build stages its files
/// and swaps them in at the end (<see cref="StagedOutputWriter"/>); <c>serve</c> rewrites only what changed, in place
/// (<see cref="InPlaceOutputWriter"/>). Both refuse a folder this generator did not write, count what they write, and
/// write the <c>.gz</c>/<c>.br</c> copies when asked; nothing reaches the output folder before <see cref="Commit"/>.
/// </summary>
public abstract class OutputWriter : IDisposable
{
    private readonly bool _precompress;
    private int _files;
    private long _bytes;

    protected OutputWriter(string outputFolder, string target, bool precompress)
    {
        _precompress = precompress;
        Target = target;
        if (Directory.Exists(target) && !OutputMarker.IsOurs(target))
        {
            throw new OutputRefusedException($"{outputFolder} is not empty and has no {OutputMarker.FileName}, so this generator did not write it; delete it by hand once, or choose another output folder");
        }
    }

    /// <summary>A writer for <paramref name="outputFolder"/>: in place when asked and the folder exists (there is nothing to update otherwise), else staged.</summary>
    /// <param name="precompress">Also write a <c>.gz</c> and a <c>.br</c> copy of every text file (see <see cref="Precompression"/>).</param>
    /// <param name="written">serve's record of what it wrote before (in place only): spares reading unchanged files back.</param>
    public static OutputWriter Open(string outputFolder, bool inPlace = false, bool precompress = false, WrittenFiles? written = null)
    {
        // The real path: a link named as output stays a link to the new site instead of being swapped away.
        var target = RealPath.Of(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        return inPlace && Directory.Exists(target)
            ? new InPlaceOutputWriter(outputFolder, target, precompress, written)
            : new StagedOutputWriter(outputFolder, target, precompress);
    }

    /// <summary>The output folder, as its real path.</summary>
    protected string Target { get; }

    public int Files => _files;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>What could not be cleaned up after the new site was in place (the site itself was updated).</summary>
    public virtual IReadOnlyList<string> Leftovers => [];

    /// <summary>Writes one file of the site; safe to call from several threads.</summary>
    public void Write(string path, byte[] content) => Write(path, content, content);

    /// <summary>Writes one file of the site from bytes the caller will reuse (they are copied only where they are held); safe to call from several threads.</summary>
    public void Write(string path, ReadOnlySpan<byte> content) => Write(path, content, null);

    public void Write(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    public void Write(OutputFile file) => Write(file.Path, file.Content);

    /// <summary>Puts everything written in the output folder.</summary>
    public abstract void Commit();

    public abstract void Dispose();

    /// <summary>Keeps one file until <see cref="Commit"/>; <paramref name="array"/> is the content's own array when the caller will not reuse it, else null.</summary>
    protected abstract void Store(string path, ReadOnlySpan<byte> content, byte[]? array);

    /// <summary>Writes a file beside <paramref name="full"/> and renames it over it: a reader sees the old bytes or the new, never part.</summary>
    public static void ReplaceFile(string full, byte[] content)
    {
        // A dot name: the preview server does not serve it, and a leftover is removed as stale by the next build.
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private void Write(string path, ReadOnlySpan<byte> content, byte[]? array)
    {
        if (_precompress && Precompression.Applies(path))
        {
            var gzip = Precompression.Gzip(content);
            WriteOne($"{path}.gz", gzip, gzip);
            var brotli = Precompression.Brotli(content);
            WriteOne($"{path}.br", brotli, brotli);
        }

        WriteOne(path, content, array);
    }

    private void WriteOne(string path, ReadOnlySpan<byte> content, byte[]? array)
    {
        Store(path, content, array);
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, content.Length);
    }
}
