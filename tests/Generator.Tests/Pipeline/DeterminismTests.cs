using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Pipeline;

public sealed class DeterminismTests
{
    [Fact]
    public async Task Should_Build_Byte_Identical_Output_From_The_Same_Input()
    {
        // Given the real site's input, built twice into two folders
        using var first = new TempFolder();
        using var second = new TempFolder();

        // When
        var a = await RealSite.BuildAsync(first.Path);
        var b = await RealSite.BuildAsync(second.Path);

        // Then every file is the same, byte for byte
        Assert.Equal(0, a);
        Assert.Equal(0, b);
        var snapshot = FolderSnapshot.Take(first.Path);
        Assert.True(snapshot.Count > 40, $"only {snapshot.Count} files were written");
        Assert.Equal(snapshot, FolderSnapshot.Take(second.Path));
    }
}
