using MaalMedMening.Generator.Content;

namespace MaalMedMening.Generator.Tests.Content;

public sealed class RelativeUrlsTests
{
    [Theory]
    [InlineData("da/forord/index.html", "da/cases/dsb/index.html", "../cases/dsb/")]
    [InlineData("da/cases/dsb/index.html", "da/forord/index.html", "../../forord/")]
    [InlineData("da/cases/dsb/index.html", "da/cases/odense/index.html", "../odense/")]
    [InlineData("da/forord/index.html", "en/foreword/index.html", "../../en/foreword/")]
    [InlineData("da/index.html", "da/forord/index.html", "forord/")]
    [InlineData("da/forord/index.html", "da/index.html", "../")]
    [InlineData("da/forord/index.html", "da/forord/index.html", "./")]
    [InlineData("index.html", "da/index.html", "da/")]
    [InlineData("da/forord/index.html", "assets/site.css", "../../assets/site.css")]
    public void Should_Link_Relatively_To_Folders(string from, string to, string expected) =>
        Assert.Equal(expected, new RelativeUrls(ExplicitIndex: false).Between(from, to));

    [Theory]
    [InlineData("da/forord/index.html", "da/cases/dsb/index.html", "../cases/dsb/index.html")]
    [InlineData("da/forord/index.html", "da/forord/index.html", "index.html")]
    [InlineData("index.html", "da/index.html", "da/index.html")]
    public void Should_Name_Index_Files_For_File_Urls(string from, string to, string expected) =>
        Assert.Equal(expected, new RelativeUrls(ExplicitIndex: true).Between(from, to));

    [Fact]
    public void Should_Make_Absolute_Urls_Under_A_Sub_Path() =>
        Assert.Equal("https://example.dk/maalmedmening/da/forord/",
            RelativeUrls.Absolute(new Uri("https://example.dk/maalmedmening/"), "da/forord/index.html"));

    [Theory]
    [InlineData("cases/a.md", "b.md", false, "cases/b.md")]
    [InlineData("cases/a.md", "./../glossary.md", false, "glossary.md")]
    [InlineData("cases/a.md", "../../x.md", false, null)]
    [InlineData("da/cases/index.html", "../../../x/", true, "x")]
    [InlineData("index.html", "..", true, "")]
    public void Should_Combine_A_Relative_Link_With_The_Folder_Of_Its_File(string from, string link, bool clamp, string? expected)
    {
        // When a link is followed from a file, past the root refused or clamped as asked
        var combined = RelativeUrls.Combine(from, link, clamp);

        // Then it leads where a browser would go, or nowhere
        Assert.Equal(expected, combined);
    }
}
