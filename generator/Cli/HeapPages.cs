using System.Globalization;
using System.Runtime.InteropServices;

namespace MaalMedMening.Generator.Cli;

/// <summary>
/// Lets the collector's heap be backed by the system's 2 MB pages (Linux's transparent huge pages), once, first thing in
/// the process (#30). The collector reserves its heap as one inaccessible range and makes it usable 64 KB at a time as
/// it grows; the kernel can back memory with a 2 MB page only where a whole aligned 2 MB lies in one usable range
/// marked for it, so the heap was all 4 KB pages, each first touched through a page fault. On the paravirtualised
/// 2-core machine a fault costs some 10 µs, and the real site's build touched ~3,300 of them: a quarter of its CPU, and
/// most of its collections' pauses, which stop both cores while survivors are copied into fresh pages.
/// Here the part of that range the collector uses first (around where a new object lands, the young generation, with
/// the older generations' regions just before it) is made usable at once and marked for huge pages. Nothing is
/// touched, so no memory is used until the collector puts objects there; the collector's own bookkeeping is
/// unchanged (it still "commits" before use, which is then a no-op, and may still release pages). Measured on the
/// real site: page faults 3,740 → 1,130, CPU 145 → 96 ms, wall 100 → 66 ms, collection pauses 21 → 11 ms.
/// Where any of this is missing (another OS, huge pages switched off, an unexpected memory map), nothing is changed; where
/// no free 2 MB is at hand, the kernel compacts memory or falls back to 4 KB pages, as its own defrag setting says.
/// </summary>
internal static unsafe partial class HeapPages
{
    private const string Setting = "/sys/kernel/mm/transparent_hugepage/enabled";
    private const string PageSize = "/sys/kernel/mm/transparent_hugepage/hpage_pmd_size";

    /// <summary>How far before the young generation: the older generations' first regions, where survivors are copied.</summary>
    internal const ulong Before = 16UL << 20;

    /// <summary>How far after it: the regions the heap grows into (the 4,000-page corpus peaks near 140 MiB).</summary>
    internal const ulong After = 496UL << 20;

    private const int ProtRead = 1, ProtWrite = 2, MadvHugePage = 14, MadvDoDump = 17;

    public static void Enable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            if (!File.Exists(Setting) || File.ReadAllText(Setting).Contains("[never]", StringComparison.Ordinal))
            {
                return;
            }

            var hugePage = ulong.Parse(File.ReadAllText(PageSize).Trim(), CultureInfo.InvariantCulture);
            // A new object lies in the young generation's region.
            var probe = new byte[1];
            ulong address;
            fixed (byte* p = probe)
            {
                address = (ulong)p;
            }

            if (Window(File.ReadAllText("/proc/self/maps"), address, hugePage, (ulong)Environment.SystemPageSize) is not { } window)
            {
                return;
            }

            var start = (nint)window.Start;
            var length = (nuint)(window.End - window.Start);
            // Usable first (a huge page needs its whole 2 MB usable), then marked; and marked for core dumps as the
            // collector marks what it commits, or the kernel would keep the range apart from the collector's own.
            if (Protect(start, length, ProtRead | ProtWrite) == 0)
            {
                Advise(start, length, MadvDoDump);
                Advise(start, length, MadvHugePage);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            // Only speed is at stake.
        }
    }

    /// <summary>
    /// The range to prepare: around <paramref name="probe"/>, within the run of adjacent private anonymous mappings
    /// (inaccessible or read-write, nothing else) that holds it, which is the collector's reservation; never a file's
    /// mapping, a stack or any other kind of memory. A single inaccessible page also ends the run: it may be the guard
    /// below a thread's stack (anonymous too), which must stay inaccessible; the collector's own gaps are larger. Null
    /// when the probe is not in such a mapping.
    /// </summary>
    /// <param name="maps">The text of <c>/proc/self/maps</c>.</param>
    internal static (ulong Start, ulong End)? Window(string maps, ulong probe, ulong hugePage, ulong page = 4096)
    {
        var regions = new List<(ulong Start, ulong End, bool Heap)>();
        foreach (var line in maps.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // "start-end perms offset dev inode [path]": anonymous memory has no path.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var dash = fields.Length < 5 ? -1 : fields[0].IndexOf('-');
            if (dash < 0)
            {
                return null;
            }

            var start = ulong.Parse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = ulong.Parse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var guard = fields[1] == "---p" && end - start <= page;
            regions.Add((start, end, fields.Length == 5 && (fields[1] is "---p" or "rw-p") && !guard));
        }

        var at = regions.FindIndex(r => r.Start <= probe && probe < r.End);
        if (at < 0 || !regions[at].Heap)
        {
            return null;
        }

        var aligned = probe & ~(hugePage - 1);
        var from = aligned > Before ? aligned - Before : 0;
        var to = aligned + After;
        int first = at, last = at;
        while (first > 0 && regions[first - 1].Heap && regions[first - 1].End == regions[first].Start && regions[first].Start > from)
        {
            first--;
        }

        while (last < regions.Count - 1 && regions[last + 1].Heap && regions[last + 1].Start == regions[last].End && regions[last].End < to)
        {
            last++;
        }

        var low = Math.Max(from, regions[first].Start);
        var high = Math.Min(to, regions[last].End);
        return high > low ? (low, high) : null;
    }

    [LibraryImport("libc", EntryPoint = "mprotect")]
    private static partial int Protect(nint address, nuint length, int protection);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
