using System.Text;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// The only class that writes the site to disk. Files go into a staging folder beside the output as soon as they
/// are ready (so pages need not be held in memory); <see cref="Commit"/> swaps it in at the end. A build that fails
/// or is interrupted disposes the staging folder and leaves the previous site exactly as it was.
/// </summary>
public sealed class OutputWriter : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private int _files;
    private long _bytes;
    private bool _committed;

    public OutputWriter(string outputFolder)
    {
        _target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        _staging = $"{_target}.staging-{Environment.ProcessId}";
        DeleteIfPresent(_staging);
        Directory.CreateDirectory(_staging);
    }

    public int Files => _files;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Writes one file of the site; safe to call from several threads.</summary>
    public void Write(string path, byte[] content)
    {
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

    public void Dispose()
    {
        if (!_committed)
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
