using System.Text;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The only class that writes the site to disk. Files go into a staging folder beside the output as soon as they
/// are ready (so pages need not be held in memory); <see cref="Commit"/> swaps it in at the end, in one atomic step
/// where the system allows (see <see cref="AtomicSwap"/>). A build that fails or is interrupted disposes the staging
/// folder and leaves the previous site exactly as it was. Every output carries <see cref="OutputMarker"/>.
/// In place (for <c>serve</c>, where the site is small and rebuilt often) files are held until <see cref="Commit"/>,
/// which then writes only those that changed — each beside its old self and renamed over it, so that the server
/// never hands out a half-written file — and removes those no longer built.
/// </summary>
public sealed class OutputWriter : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>? _held;
    private readonly List<string> _leftovers = [];
    private readonly bool _precompress;
    private int _files;
    private long _bytes;
    private bool _committed;

    /// <param name="precompress">Also write a <c>.gz</c> and a <c>.br</c> copy of every text file (see <see cref="Precompression"/>).</param>
    public OutputWriter(string outputFolder, bool inPlace = false, bool precompress = false)
    {
        _precompress = precompress;
        // The real path: a link named as output stays a link to the new site instead of being swapped away.
        _target = RealPath.Of(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        _staging = $"{_target}.staging-{Environment.ProcessId}";
        if (Directory.Exists(_target) && !OutputMarker.IsOurs(_target))
        {
            throw new OutputRefusedException($"{outputFolder} is not empty and has no {OutputMarker.FileName}, so this generator did not write it; delete it by hand once, or choose another output folder");
        }

        if (inPlace && Directory.Exists(_target))
        {
            _held = new(StringComparer.Ordinal);
            return;
        }

        try
        {
            DeleteIfPresent(_staging);
            Directory.CreateDirectory(_staging);
            // First, so that a staging folder left by a killed build is known as ours and cleaned by the next one.
            OutputMarker.WriteInto(_staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot create the staging folder {_staging}: {e.Message}", e);
        }
    }

    public int Files => _files;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>What could not be cleaned up after the new site was in place (the site itself was updated).</summary>
    public IReadOnlyList<string> Leftovers => _leftovers;

    /// <summary>Writes one file of the site; safe to call from several threads.</summary>
    public void Write(string path, byte[] content) => Write(path, content, content);

    /// <summary>Writes one file of the site from bytes the caller will reuse (they are copied only where they are held); safe to call from several threads.</summary>
    public void Write(string path, ReadOnlySpan<byte> content) => Write(path, content, null);

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
        if (_held is not null)
        {
            _held[path] = array ?? content.ToArray();
            Interlocked.Increment(ref _files);
            Interlocked.Add(ref _bytes, content.Length);
            return;
        }

        var full = Path.Combine(_staging, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, content.Length);
    }

    public void Write(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    public void Write(OutputFile file) => Write(file.Path, file.Content);

    /// <summary>Replaces the output folder with everything written.</summary>
    public void Commit()
    {
        if (_held is not null)
        {
            CommitInPlace(_held);
            return;
        }

        if (!Directory.Exists(_target))
        {
            Directory.Move(_staging, _target);
            _committed = true;
            return;
        }

        if (AtomicSwap.TryExchange(_staging, _target))
        {
            // The old site now sits at the staging path.
            _committed = true;
            CleanUp(_staging);
            return;
        }

        // Two renames: a kill between them leaves only out.previous-PID, which the next build puts back.
        var previous = $"{_target}.previous-{Environment.ProcessId}";
        DeleteIfPresent(previous);
        Directory.Move(_target, previous);
        try
        {
            Directory.Move(_staging, _target);
        }
        catch
        {
            Directory.Move(previous, _target);
            throw;
        }

        _committed = true;
        CleanUp(previous);
    }

    private void CleanUp(string folder)
    {
        try
        {
            DeleteIfPresent(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _leftovers.Add($"{folder} ({e.Message})");
        }
    }

    private void CommitInPlace(IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(_target, path);
            if (!File.Exists(full) || !File.ReadAllBytes(full).AsSpan().SequenceEqual(content))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                ReplaceFile(full, content);
            }
        }

        // Written before the stale files go, so the folder never lacks a marker: an old-name marker is removed below as stale.
        if (!OutputMarker.IsCurrentIn(_target))
        {
            OutputMarker.WriteInto(_target);
        }

        foreach (var stale in Directory.EnumerateFiles(_target, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(_target, stale).Replace('\\', '/');
            if (relative != OutputMarker.FileName && !files.ContainsKey(relative))
            {
                File.Delete(stale);
            }
        }

        _committed = true;
    }

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

    public void Dispose()
    {
        if (!_committed && _held is null)
        {
            // Best effort: a staging folder that cannot be removed now is removed by the next build.
            try
            {
                DeleteIfPresent(_staging);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        OutputMarker.DeleteFolder(folder);
    }
}
