using System.Security.Cryptography;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>Every file below a folder with a hash of its bytes: equal snapshots mean an untouched folder.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Take(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                path => Path.GetRelativePath(folder, path),
                path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
}
