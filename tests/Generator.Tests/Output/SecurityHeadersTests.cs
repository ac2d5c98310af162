using MaalMedMening.Generator.Rendering;
using MaalMedMening.Generator.Output;

namespace MaalMedMening.Generator.Tests.Output;

/// <summary>The _headers file: one policy and one cache rule per address (issue #17).</summary>
public sealed class SecurityHeadersTests
{
    private static readonly Uri SiteUrl = new("https://example.dk/maalmedmening/");

    private static string Rule(string text, string path)
    {
        var lines = text.Split('\n');
        var at = Array.IndexOf(lines, path);
        Assert.True(at >= 0, $"no rule for {path} in:\n{text}");
        return string.Join('\n', lines.Skip(at + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_Cache_Hashed_Assets_For_A_Year_And_Revalidate_Everything_Else()
    {
        // Given a site with an unhashed and a hashed asset
        // When
        var text = System.Text.Encoding.UTF8.GetString(SecurityHeaders.Write(SiteUrl, ["da", "en"], EmbedPages.Folder, ["index.html", "assets/site.css", "assets/site.0123abcd.css", "assets/logo.deadbeef99.svg"]).Content);

        // Then
        Assert.Contains("Cache-Control: public, max-age=31536000, immutable", Rule(text, "/maalmedmening/assets/site.0123abcd.css"));
        Assert.Contains("Cache-Control: public, max-age=31536000, immutable", Rule(text, "/maalmedmening/assets/logo.deadbeef99.svg"));
        Assert.Contains("Cache-Control: no-cache", Rule(text, "/maalmedmening/assets/site.css"));
        Assert.Contains("Cache-Control: no-cache", Rule(text, "/maalmedmening/index.html"));
        Assert.Contains("Cache-Control: no-cache", Rule(text, "/maalmedmening/en/*"));
    }

    [Fact]
    public void Should_Give_The_Embed_Area_Its_Own_Policy_And_Not_List_Files_Inside_Folders_Again()
    {
        // Given / When
        var text = System.Text.Encoding.UTF8.GetString(SecurityHeaders.Write(SiteUrl, ["da", "en"], EmbedPages.Folder, ["da/404.html", "embed/da/x/index.html", "_headers", "404.html"]).Content);

        // Then
        Assert.Contains("frame-ancestors *", Rule(text, "/maalmedmening/embed/*"));
        Assert.Contains("frame-ancestors 'self'", Rule(text, "/maalmedmening/da/*"));
        Assert.Contains("frame-ancestors 'self'", Rule(text, "/maalmedmening/404.html"));
        Assert.DoesNotContain("/maalmedmening/da/404.html\n", text);
        Assert.DoesNotContain("/maalmedmening/embed/da/x/index.html\n", text);
        Assert.DoesNotContain("/maalmedmening/_headers\n", text);
    }
}
