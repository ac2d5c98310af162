using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Architecture;

/// <summary>
/// Every YAML file is read one way (issue #28): YamlDotNet is known only to the reader and its typed map, so that each
/// error (a missing field, a wrong kind, an unknown key) has one wording and every file gets the same checks.
/// </summary>
public sealed class YamlUseTests
{
    /// <summary>The files allowed to name YamlDotNet.</summary>
    private static readonly string[] Allowed = ["Content/YamlReader.cs", "Content/YamlMap.cs"];

    [Fact]
    public void Should_Use_YamlDotNet_Only_In_The_Reader_And_Its_Map()
    {
        // Given the generator's sources
        var generator = Path.Combine(RepoPaths.Root, "generator");
        var sources = Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        // When those that name YamlDotNet are found
        var users = sources
            .Where(f => File.ReadAllText(f).Contains("YamlDotNet", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(generator, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Then they are the reader and its map (and none else)
        Assert.Contains("Content/YamlReader.cs", users);
        Assert.Empty(users.Except(Allowed));
    }
}
