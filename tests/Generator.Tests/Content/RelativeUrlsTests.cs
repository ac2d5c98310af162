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
}
