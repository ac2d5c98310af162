namespace MaalMedMening.Generator.Output;

/// <summary>
/// <c>serve</c>'s record of what it wrote to the output folder, and the stamp each file had after: a file whose new
/// content is what was written and whose stamp has not changed since need not be read back to be compared.
/// </summary>
public sealed class WrittenFiles
{
    private sealed record Written(byte[] Content, long Length, DateTime Time);

    private readonly Dictionary<string, Written> _files = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="full"/> holds <paramref name="content"/> as written last time, untouched since.</summary>
    public bool Holds(string full, byte[] content)
    {
        if (!_files.TryGetValue(full, out var written) || !written.Content.AsSpan().SequenceEqual(content))
        {
            return false;
        }

        var info = new FileInfo(full);
        return info.Exists && info.LinkTarget is null && info.Length == written.Length && info.LastWriteTimeUtc == written.Time;
    }

    public void Record(string full, byte[] content)
    {
        var info = new FileInfo(full);
        _files[full] = new Written(content, info.Length, info.LastWriteTimeUtc);
    }

    public void Forget(string full) => _files.Remove(full);
}
