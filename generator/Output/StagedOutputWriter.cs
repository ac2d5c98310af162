namespace MaalMedMening.Generator.Output;

/// <summary>
/// A build's writer. Files go into a staging folder beside the output as soon as they are ready (so pages need not be
/// held in memory); <see cref="Commit"/> swaps it in at the end, in one atomic step where the system allows (see
/// <see cref="AtomicSwap"/>). A build that fails or is interrupted disposes the staging folder and leaves the previous
/// site exactly as it was. Every output carries <see cref="OutputMarker"/>.
/// </summary>
public sealed class StagedOutputWriter : OutputWriter
{
    private readonly string _staging;
    private readonly List<string> _leftovers = [];
    private bool _committed;

    internal StagedOutputWriter(string outputFolder, string target, bool precompress)
        : base(outputFolder, target, precompress)
    {
        _staging = $"{Target}.staging-{Environment.ProcessId}";
        try
        {
            OutputMarker.DeleteFolder(_staging);
            Directory.CreateDirectory(_staging);
            // First, so that a staging folder left by a killed build is known as ours and cleaned by the next one.
            OutputMarker.WriteInto(_staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot create the staging folder {_staging}: {e.Message}", e);
        }
    }

    public override IReadOnlyList<string> Leftovers => _leftovers;

    protected override void Store(string path, ReadOnlySpan<byte> content, byte[]? array)
    {
        var full = Path.Combine(_staging, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // A new file, as the staging folder starts empty. File.WriteAllBytes opens to replace (FileMode.Create), which on
        // Linux is an ftruncate to 0 bytes, and ext4 answers a file truncated to nothing by writing it out to the disk
        // when it is closed (its guard for files rewritten in place): one synchronous writeback per page, a third of the
        // kernel's time in a 4,000-page build (perf). Writing the same path twice still replaces it.
        try
        {
            using var file = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(file, content, 0);
        }
        catch (IOException) when (File.Exists(full))
        {
            File.WriteAllBytes(full, content);
        }
    }

    /// <summary>Replaces the output folder with the staging folder.</summary>
    public override void Commit()
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(_staging, Target);
            _committed = true;
            return;
        }

        if (AtomicSwap.TryExchange(_staging, Target))
        {
            // The old site now sits at the staging path.
            _committed = true;
            CleanUp(_staging);
            return;
        }

        // Two renames: a kill between them leaves only out.previous-PID, which the next build puts back.
        var previous = $"{Target}.previous-{Environment.ProcessId}";
        OutputMarker.DeleteFolder(previous);
        Directory.Move(Target, previous);
        try
        {
            Directory.Move(_staging, Target);
        }
        catch
        {
            Directory.Move(previous, Target);
            throw;
        }

        _committed = true;
        CleanUp(previous);
    }

    public override void Dispose()
    {
        if (_committed)
        {
            return;
        }

        // Best effort: a staging folder that cannot be removed now is removed by the next build.
        try
        {
            OutputMarker.DeleteFolder(_staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private void CleanUp(string folder)
    {
        try
        {
            OutputMarker.DeleteFolder(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _leftovers.Add($"{folder} ({e.Message})");
        }
    }
}
