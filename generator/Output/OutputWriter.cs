using System.Text;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The only class that writes the site to disk. Files go into a staging folder beside the output as soon as they
/// are ready (so pages need not be held in memory); <see cref="Commit"/> swaps it in at the end. A build that fails
/// or is interrupted disposes the staging folder and leaves the previous site exactly as it was.
/// In place (for <c>serve</c>, where the site is small and rebuilt often) files are held until <see cref="Commit"/>,
/// which then writes only those that changed and removes those no longer built.
/// </summary>
public sealed class OutputWriter : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>? _held;
    private int _files;
    private long _bytes;
    private bool _committed;

    public OutputWriter(string outputFolder, bool inPlace = false)
    {
        _target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        _staging = $"{_target}.staging-{Environment.ProcessId}";
        if (inPlace && Directory.Exists(_target))
        {
            _held = new(StringComparer.Ordinal);
            return;
        }

        DeleteIfPresent(_staging);
        Directory.CreateDirectory(_staging);
    }

    public int Files => _files;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Writes one file of the site; safe to call from several threads.</summary>
    public void Write(string path, byte[] content)
    {
        if (_held is not null)
        {
            _held[path] = content;
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

        var previous = $"{_target}.previous-{Environment.ProcessId}";
        DeleteIfPresent(previous);
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, previous);
        }

        Directory.Move(_staging, _target);
        _committed = true;
        DeleteIfPresent(previous);
    }

    private void CommitInPlace(IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(_target, path);
            if (!File.Exists(full) || !File.ReadAllBytes(full).AsSpan().SequenceEqual(content))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, content);
            }
        }

        foreach (var stale in Directory.EnumerateFiles(_target, "*", SearchOption.AllDirectories).ToList())
        {
            if (!files.ContainsKey(Path.GetRelativePath(_target, stale).Replace('\\', '/')))
            {
                File.Delete(stale);
            }
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && _held is null)
        {
            DeleteIfPresent(_staging);
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
