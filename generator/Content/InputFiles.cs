using System.Runtime.InteropServices;

namespace MaalMedMening.Generator.Content;

/// <summary>
/// Decides whether an entry in <c>input/</c> may be read: only a regular file whose real location is inside
/// <c>input/</c>. A FIFO would make the build hang, a device file (<c>/dev/zero</c>) would fill the memory, and a
/// link that leads outside would publish a file from elsewhere on the machine.
/// </summary>
public static class InputFiles
{
    /// <summary>Why <paramref name="path"/> may not be read, or null when it is a regular file inside <paramref name="inputFolder"/>.</summary>
    /// <param name="inputFolder">The input folder; null skips the inside check (the type check is still made).</param>
    public static string? Problem(string path, string? inputFolder)
    {
        if (new FileInfo(path).LinkTarget is not null && new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
        {
            return "it is a link to something that does not exist";
        }

        if (inputFolder is not null && !IsInside(path, inputFolder))
        {
            return "it is a link that leads outside the input folder";
        }

        return Kind(path) switch
        {
            FileKind.Regular => null,
            FileKind.Directory => "it is a folder",
            FileKind.Missing => "it does not exist",
            _ => "it is not a regular file (a pipe, device or socket)",
        };
    }

    /// <summary>Whether there is an entry at <paramref name="path"/>, even a link to nothing (which <see cref="File.Exists"/> denies).</summary>
    public static bool Present(string path) => File.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// The files below <paramref name="folder"/> whose names end in <paramref name="extension"/>, without entering a
    /// folder link that leads outside <paramref name="inputFolder"/> (it is reported instead) or a folder twice.
    /// The files themselves are checked when read.
    /// </summary>
    public static List<string> Find(string folder, string extension, string inputFolder, Action<string, string> reject)
    {
        var found = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            if (!visited.Add(SafeRealPath(current)))
            {
                continue;
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(current, "*", new EnumerationOptions()))
            {
                var isLink = new FileInfo(entry).LinkTarget is not null;
                if (Directory.Exists(entry))
                {
                    if (isLink && !IsInside(entry, inputFolder))
                    {
                        reject(entry, "it is a folder link that leads outside the input folder");
                    }
                    else
                    {
                        pending.Push(entry);
                    }
                }
                else if (entry.EndsWith(extension, StringComparison.Ordinal))
                {
                    found.Add(entry);
                }
            }
        }

        return found;
    }

    private static string SafeRealPath(string path)
    {
        try
        {
            return RealPath(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }

    /// <summary>Whether the real location of <paramref name="path"/>, with every link followed, is inside <paramref name="folder"/>.</summary>
    public static bool IsInside(string path, string folder)
    {
        try
        {
            var real = RealPath(path);
            var root = RealPath(folder).TrimEnd('/') + "/";
            return real.StartsWith(root, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The path with every link in it followed, like POSIX <c>realpath</c>.</summary>
    public static string RealPath(string path)
    {
        var hops = 0;
        return RealPath(path, ref hops);
    }

    private static string RealPath(string path, ref int hops)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                // A cycle of links (a -> b -> a) must end in an error, not in a stack overflow.
                if (++hops > 40)
                {
                    throw new IOException($"too many levels of links at {next}");
                }

                next = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target), ref hops);
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// The length of <paramref name="path"/> when it is a plain regular file (no link), from one lstat(2); else null.
    /// A file the walk of <see cref="Find"/> came upon in a folder inside the input is then inside it too, so this one
    /// call stands for <see cref="Problem"/>'s link, location and type checks and the length read after them (at 4,000
    /// pages those were a dozen system calls a file, each costly on a virtual machine).
    /// </summary>
    public static long? PlainFileLength(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = new byte[256];
        try
        {
            if (LStat(path, status) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        // The runtime's FileStatus: Flags, Mode (int32 each), Uid, Gid (uint32 each), then Size (int64).
        return (BitConverter.ToInt32(status, 4) & 0xF000) == 0x8000 ? BitConverter.ToInt64(status, 16) : null;
    }

    private enum FileKind { Missing, Regular, Directory, Other }

    /// <summary>The file's type, with links followed, from stat(2): .NET's FileAttributes do not tell a FIFO or a device from a file.</summary>
    private static FileKind Kind(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            var status = new byte[256];
            try
            {
                if (Stat(path, status) != 0)
                {
                    return FileKind.Missing;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
            }

            // The runtime's own FileStatus: Flags (int32) then Mode (int32), with the POSIX S_IFMT type bits.
            return (BitConverter.ToInt32(status, 4) & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                _ => FileKind.Other,
            };
        }

        return File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
