using MaalMedMening.Generator.Content;
using MaalMedMening.Tests.Support;

namespace MaalMedMening.Generator.Tests.Content;

/// <summary>The quick checks that reading 4,000 pages relies on say what the slow, general ones say.</summary>
public sealed class InputFileChecksTests
{
    [Fact]
    public void Should_Find_Exactly_The_Characters_IsForbidden_Refuses_Alone_And_Inside_A_Long_Text()
    {
        // Given every character, alone and in the middle of a text long enough to be searched with vectors
        var padding = new string('a', 70);
        for (var c = (char)0; c < char.MaxValue; c++)
        {
            // When
            var alone = InputReader.HasForbidden([c]);
            var inside = InputReader.HasForbidden(padding + c + padding);

            // Then
            Assert.True(alone == InputReader.IsForbidden(c), $"U+{(int)c:X4} alone");
            Assert.True(inside == InputReader.IsForbidden(c), $"U+{(int)c:X4} inside a text");
        }
    }

    [Fact]
    public void Should_Give_A_Length_Only_For_A_Plain_Regular_File()
    {
        // Given a file, a link to it, a folder and a name with nothing behind it
        using var folder = new TempFolder();
        var file = folder.Combine("page.md");
        File.WriteAllText(file, "---\ntitle: x\n---\nÆble\n");
        var link = folder.Combine("link.md");
        File.CreateSymbolicLink(link, file);

        // When / Then: the file's length in bytes; a link, a folder or nothing is left to the full checks
        Assert.Equal(new FileInfo(file).Length, InputFiles.PlainFileLength(file));
        Assert.Null(InputFiles.PlainFileLength(link));
        Assert.Null(InputFiles.PlainFileLength(folder.Path));
        Assert.Null(InputFiles.PlainFileLength(folder.Combine("missing.md")));
    }
}
