using System.Runtime.InteropServices;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// Swaps two folders in one step with Linux's renameat2(RENAME_EXCHANGE), so that at every instant the output path
/// holds a whole site. Where the call is missing (another OS, an old kernel, a file system without it) the caller
/// falls back to two renames and the next build's <see cref="OutputRecovery"/>.
/// </summary>
internal static partial class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <returns>True when the two folders were exchanged; false when this system cannot do it in one step.</returns>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
