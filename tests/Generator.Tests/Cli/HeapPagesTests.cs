using MaalMedMening.Generator.Cli;

namespace MaalMedMening.Generator.Tests.Cli;

/// <summary>
/// Which memory <see cref="HeapPages"/> may make usable and mark for huge pages: only the collector's reservation, the
/// run of adjacent private anonymous mappings around a new object, never a file, a stack, code or a neighbour across a gap.
/// </summary>
public sealed class HeapPagesTests
{
    private const ulong Mb = 1UL << 20;
    private const ulong HugePage = 2 * Mb;

    // The shape of a real build's map: the collector's bookkeeping reserve, its first regions (partly in use) and the
    // rest of its reservation, between the binary and a thread's stack.
    private const ulong Regions = 0x7f346b000000;

    private static string Line(ulong start, ulong end, string permissions, string? path = null) =>
        $"{start:x}-{end:x} {permissions} 00000000 {(path is null ? "00:00 0" : "fe:00 11665746")}{(path is null ? "" : $"          {path}")}";

    private static string Map(params string[] lines) => string.Join('\n', lines) + "\n";

    private static readonly string RealShape = Map(
        Line(0x400000, 0xc2b000, "r-xp", "/usr/bin/maalmedmening"),
        Line(Regions - 400 * Mb, Regions, "---p"),
        Line(Regions, Regions + 32 * Mb, "rw-p"),
        Line(Regions + 32 * Mb, Regions + 40 * Mb, "---p"),
        Line(Regions + 40 * Mb, Regions + 44 * Mb, "rw-p"),
        Line(Regions + 44 * Mb, Regions + 50_000 * Mb, "---p"),
        Line(Regions + 50_000 * Mb, Regions + 50_008 * Mb, "rw-p", "[stack]"));

    [Fact]
    public void Should_Take_The_Regions_Around_A_New_Object_Within_The_Reservation()
    {
        var probe = Regions + 40 * Mb + 0xcd20;

        var window = HeapPages.Window(RealShape, probe, HugePage);

        Assert.Equal((Regions + 40 * Mb - HeapPages.Before, Regions + 40 * Mb + HeapPages.After), window);
    }

    [Fact]
    public void Should_Stop_At_A_File_A_Stack_Or_A_Gap()
    {
        var probe = Regions + Mb;
        var map = Map(
            Line(Regions - 8 * Mb, Regions - 4 * Mb, "rw-p", "[stack]"),
            Line(Regions - 4 * Mb, Regions, "---p"),
            Line(Regions, Regions + 4 * Mb, "rw-p"),
            Line(Regions + 4 * Mb, Regions + 6 * Mb, "---p"),
            Line(Regions + 8 * Mb, Regions + 900 * Mb, "---p"));

        Assert.Equal((Regions - 4 * Mb, Regions + 6 * Mb), HeapPages.Window(map, probe, HugePage));
    }

    [Fact]
    public void Should_Stop_At_A_Single_Inaccessible_Page_Such_As_A_Stack_Guard()
    {
        var probe = Regions + Mb;
        var map = Map(
            Line(Regions - 8 * Mb - 4096, Regions - 8 * Mb, "---p"),
            Line(Regions - 8 * Mb, Regions, "rw-p"),
            Line(Regions, Regions + 4 * Mb, "rw-p"),
            Line(Regions + 4 * Mb, Regions + 4 * Mb + 4096, "---p"),
            Line(Regions + 4 * Mb + 4096, Regions + 900 * Mb, "---p"));

        Assert.Equal((Regions - 8 * Mb, Regions + 4 * Mb), HeapPages.Window(map, probe, HugePage));
    }

    [Fact]
    public void Should_Stop_At_Anonymous_Memory_Of_Another_Kind()
    {
        var probe = Regions + Mb;
        var map = Map(
            Line(Regions - 4 * Mb, Regions, "r-xp"),
            Line(Regions, Regions + 4 * Mb, "rw-p"),
            Line(Regions + 4 * Mb, Regions + 8 * Mb, "r--p"));

        Assert.Equal((Regions, Regions + 4 * Mb), HeapPages.Window(map, probe, HugePage));
    }

    [Theory]
    [InlineData(0x500000UL)]            // in the binary's code
    [InlineData(0x7f0000000000UL)]      // in no mapping
    public void Should_Change_Nothing_When_The_Object_Is_Not_In_Anonymous_Memory(ulong probe)
    {
        Assert.Null(HeapPages.Window(RealShape, probe, HugePage));
    }

    [Fact]
    public void Should_Change_Nothing_When_The_Map_Cannot_Be_Read()
    {
        Assert.Null(HeapPages.Window("not a memory map\n", Regions, HugePage));
        Assert.Null(HeapPages.Window("   \n", Regions, HugePage));
    }
}
