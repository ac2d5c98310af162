namespace MaalMedMening.Generator.Output;

/// <summary>A file of the built site: its path below the site root (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
