using System.Collections.Concurrent;
using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// <c>serve</c>'s memory of the pages it read: each file read and parsed without a problem, with the stamp it had then.
/// A file with a problem is never remembered, so its problem is found and reported again on every build.
/// </summary>
public sealed class SourceMemory
{
    public sealed record Entry(FileStamp Stamp, SourceFile Source, FrontMatterParser.Result Parsed);

    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);

    /// <summary>The file as read before, if its stamp is unchanged since.</summary>
    public Entry? Find(string path, FileStamp? stamp) =>
        stamp is not null && _files.TryGetValue(path, out var entry) && entry.Stamp == stamp ? entry : null;

    public void Remember(string path, FileStamp stamp, SourceFile source, FrontMatterParser.Result parsed) =>
        _files[path] = new Entry(stamp, source, parsed);

    /// <summary>Forgets the files no longer found.</summary>
    public void KeepOnly(IEnumerable<string> paths)
    {
        var found = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _files.Keys.Where(p => !found.Contains(p)).ToList())
        {
            _files.TryRemove(gone, out _);
        }
    }
}

/// <summary>
/// What tells a file changed without reading it, as make does: its length and last write time (to the tick). Only a
/// plain file has one: a link's target can change without the link's stamp changing.
/// </summary>
public sealed record FileStamp(long Length, DateTime Written)
{
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
    }
}
