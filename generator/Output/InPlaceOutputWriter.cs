using System.Collections.Concurrent;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// <c>serve</c>'s writer, where the site is small and rebuilt often: files are held until <see cref="Commit"/>, which
/// then writes only those that changed (serve's <see cref="WrittenFiles"/> tells most of them without reading them back) — each beside its old self and renamed over it, so that the server never
/// hands out a half-written file — and removes those no longer built. A failed build writes nothing.
/// </summary>
public sealed class InPlaceOutputWriter : OutputWriter
{
    private readonly ConcurrentDictionary<string, byte[]> _held = new(StringComparer.Ordinal);

    private readonly WrittenFiles _written;

    internal InPlaceOutputWriter(string outputFolder, string target, bool precompress, WrittenFiles? written)
        : base(outputFolder, target, precompress)
    {
        _written = written ?? new WrittenFiles();
    }

    protected override void Store(string path, ReadOnlySpan<byte> content, byte[]? array) => _held[path] = array ?? content.ToArray();

    /// <summary>Rewrites the files that changed and removes those no longer built.</summary>
    public override void Commit()
    {
        foreach (var (path, content) in _held)
        {
            var full = Path.Combine(Target, path);
            if (_written.Holds(full, content))
            {
                continue;
            }

            if (!File.Exists(full) || !File.ReadAllBytes(full).AsSpan().SequenceEqual(content))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                ReplaceFile(full, content);
            }

            _written.Record(full, content);
        }

        // Written before the stale files go, so the folder never lacks a marker: an old-name marker is removed below as stale.
        if (!OutputMarker.IsCurrentIn(Target))
        {
            OutputMarker.WriteInto(Target);
        }

        foreach (var stale in Directory.EnumerateFiles(Target, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(Target, stale).Replace('\\', '/');
            if (relative != OutputMarker.FileName && !_held.ContainsKey(relative))
            {
                File.Delete(stale);
                _written.Forget(stale);
            }
        }
    }

    /// <summary>Nothing to clean: nothing was written before <see cref="Commit"/>.</summary>
    public override void Dispose()
    {
    }
}
