using System.Text.RegularExpressions;

namespace MaalMedMening.Tests.Support;

/// <summary>Finds the built site's stylesheet, whose name carries a hash of its content (<c>assets/site.0123456789.css</c>).</summary>
public static partial class BuiltStylesheet
{
    /// <summary>The full path of the single <c>assets/site.&lt;hash&gt;.css</c> in the output folder.</summary>
    public static string PathIn(string outputFolder) =>
        Directory.EnumerateFiles(Path.Combine(outputFolder, "assets"), "site.*.css").Where(f => Hashed().IsMatch(Path.GetFileName(f))).Single();

    /// <summary>The stylesheet's path below the site root, as pages link to it.</summary>
    public static string RelativePathIn(string outputFolder) => "assets/" + Path.GetFileName(PathIn(outputFolder));

    /// <summary>The full path of the single <c>assets/tool.&lt;hash&gt;.css</c>: the balance tool's generated CSS.</summary>
    public static string ToolPathIn(string outputFolder) =>
        Directory.EnumerateFiles(Path.Combine(outputFolder, "assets"), "tool.*.css").Where(f => HashedTool().IsMatch(Path.GetFileName(f))).Single();

    [GeneratedRegex(@"^site\.[0-9a-f]{10}\.css$")]
    private static partial Regex Hashed();

    [GeneratedRegex(@"^tool\.[0-9a-f]{10}\.css$")]
    private static partial Regex HashedTool();
}
