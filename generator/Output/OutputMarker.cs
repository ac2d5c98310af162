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
}
