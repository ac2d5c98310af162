namespace MaalMedMening.Generator.Output;

/// <summary>
/// Decides, before anything is written, whether the output folder may be replaced. The generator replaces only a
/// folder it wrote itself; it refuses one that is, holds or lies inside the input or theme folder, one that is or
/// holds the repository root (the nearest folder above the input holding .git or site.sln), the home folder or /,
/// and any non-empty folder without <see cref="OutputMarker"/>. All paths are compared with links resolved.
/// </summary>
public static class OutputSafety
{
    /// <exception cref="OutputRefusedException">A usage error: the folder is not the generator's to replace.</exception>
    /// <exception cref="IOException">The output is a file, or the theme folder is missing.</exception>
    public static void Check(string inputFolder, string themeFolder, string outputFolder)
    {
        if (string.IsNullOrWhiteSpace(outputFolder))
        {
            throw new OutputRefusedException("--output is empty; name the folder the site is written to, e.g. --output output");
        }

        if (string.IsNullOrWhiteSpace(inputFolder) || string.IsNullOrWhiteSpace(themeFolder))
        {
            throw new OutputRefusedException($"{(string.IsNullOrWhiteSpace(inputFolder) ? "--input" : "--theme")} is empty; name a folder");
        }

        if (outputFolder.StartsWith('~'))
        {
            throw new OutputRefusedException($"--output {outputFolder} starts with a literal '~' that no shell expanded; write the folder out in full");
        }

        var output = RealPath.Of(outputFolder);
        var input = RealPath.Of(inputFolder);
        var theme = RealPath.Of(themeFolder);
        var named = $"--output {outputFolder}";

        if (output == Path.GetPathRoot(output))
        {
            throw new OutputRefusedException($"{named} is the root folder /; the generator replaces only a folder of its own");
        }

        foreach (var (folder, what) in new[] { (input, "input"), (theme, "theme") })
        {
            if (RealPath.IsSameOrBelow(folder, output))
            {
                throw new OutputRefusedException($"{named} is or holds the {what} folder {folder}; building would delete it");
            }

            if (RealPath.IsSameOrBelow(output, folder))
            {
                throw new OutputRefusedException($"{named} lies inside the {what} folder {folder}; choose a folder outside it");
            }
        }

        if (RepositoryRoot(input) is { } repository && RealPath.IsSameOrBelow(repository, output))
        {
            throw new OutputRefusedException($"{named} is or holds the repository {repository}; building would delete it");
        }

        if (Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } homeVariable && RealPath.Of(homeVariable) is var home
            && RealPath.IsSameOrBelow(home, output))
        {
            throw new OutputRefusedException($"{named} is or holds the home folder {home}; building would delete it");
        }

        for (var folder = output; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                throw new IOException($"{named}: {folder} is a file, not a folder");
            }
        }

        if (Directory.Exists(output) && !OutputMarker.IsOurs(output))
        {
            throw new OutputRefusedException($"{named} is not empty and has no {OutputMarker.FileName}, so this generator did not write it " +
                "(a site built before the marker existed counts too); delete it by hand once, or choose another --output");
        }

        if (!Directory.Exists(Path.Combine(theme, SiteFiles.AssetsFolder)))
        {
            throw new DirectoryNotFoundException($"the theme folder {themeFolder} has no {SiteFiles.AssetsFolder}/ folder (is --theme right?)");
        }
    }

    /// <summary>The nearest folder at or above the input that holds .git (a folder, or a file in a worktree) or site.sln.</summary>
    public static string? RepositoryRoot(string realInput)
    {
        for (var folder = realInput; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Path.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, "site.sln")))
            {
                return folder;
            }
        }

        return null;
    }
}
