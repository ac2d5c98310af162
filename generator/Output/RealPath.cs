namespace MaalMedMening.Generator.Output;

/// <summary>
/// A path with every symbolic link resolved, as the kernel would walk it (".." after a link goes up from the
/// link's target), so that a link cannot dodge the output checks. Parts that do not exist yet are kept as written.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string path) => Resolve(path, 0);

    private static string Resolve(string path, int links)
    {
        var absolute = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var root = Path.GetPathRoot(absolute)!;
        var current = root;
        foreach (var part in absolute[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (links >= MaxLinks)
                {
                    throw new IOException($"{path}: too many symbolic links");
                }

                next = Resolve(Path.IsPathRooted(target) ? target : Path.Combine(current, target), links + 1);
            }

            current = next;
        }

        return current;
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies below it (both real paths).</summary>
    public static bool IsSameOrBelow(string inner, string outer)
    {
        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner == outer || inner.StartsWith(prefix, StringComparison.Ordinal);
    }
}
