namespace MaalMedMening.Generator.Output;

/// <summary>
/// The small dotfile the generator writes into every folder it creates. A folder is replaced or deleted only when
/// it carries this file (or is empty): that is how the generator knows the folder is its own work.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".maalmedmening-output";

    private const string Text = "This folder was written by the maalmedmening generator; every build replaces it whole.\n";

    public static void WriteInto(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

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

        var marker = Path.Combine(folder, FileName);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(e => e != marker).ToList())
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

        File.Delete(marker);
        Directory.Delete(folder);
    }
}
