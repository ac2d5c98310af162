namespace MaalMedMening.Generator.Output;

/// <summary>
/// The small dotfile the generator writes into every folder it creates. A folder is replaced or deleted only when
/// it carries this file (or is empty): that is how the generator knows the folder is its own work.
/// </summary>
public static class OutputMarker
{
    /// <summary>The name every build writes: it names no publication, so any site this generator builds can carry it.</summary>
    public const string FileName = ".site-generator-output";

    /// <summary>
    /// The name earlier builds wrote. Still recognised, so an output folder built before the rename is known as ours and
    /// replaced, not refused; the next build writes <see cref="FileName"/> instead.
    /// </summary>
    public const string LegacyFileName = ".maalmedmening-output";

    private static readonly string[] Names = [FileName, LegacyFileName];

    private const string Text = "This folder was written by the site generator; every build replaces it whole.\n";

    public static void WriteInto(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    /// <summary>The folder carries the marker under its current or its earlier name.</summary>
    public static bool IsIn(string folder) => Names.Any(name => File.Exists(Path.Combine(folder, name)));

    /// <summary>The folder carries the marker under its current name (a folder with only the earlier name needs it written).</summary>
    public static bool IsCurrentIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>The generator may delete or replace the folder: it is empty or carries the marker.</summary>
    public static bool IsOurs(string folder) => IsIn(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>
    /// Deletes a folder of ours with its marker last. Deleting is many steps; a build killed part-way through (the old
    /// site after the swap, a staging folder) leaves a folder that still carries the marker, so the next build knows it
    /// as ours and finishes the job, instead of a half-deleted folder that no build would ever touch.
    /// </summary>
    public static void DeleteFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var markers = Names.Select(name => Path.Combine(folder, name)).ToList();
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(e => !markers.Contains(e)).ToList())
        {
            if (Directory.Exists(entry) && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        // File.Delete does nothing for a name that is not there: a folder carries one name or both.
        markers.ForEach(File.Delete);
        Directory.Delete(folder);
    }
}
