namespace MaalMedMening.Generator.Output;

/// <summary>
/// The only class that writes the site to disk. It writes into a staging folder beside the output and swaps it in
/// at the end, so that a failed or interrupted build leaves the previous site exactly as it was.
/// </summary>
public static class OutputWriter
{
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var staging = $"{target}.staging-{Environment.ProcessId}";
        var previous = $"{target}.previous-{Environment.ProcessId}";
        DeleteIfPresent(staging);
        try
        {
            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            });

            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(staging, target);
        }
        finally
        {
            DeleteIfPresent(staging);
            DeleteIfPresent(previous);
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
