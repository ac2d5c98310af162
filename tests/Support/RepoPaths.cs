namespace MaalMedMening.Tests.Support;

/// <summary>Finds the repository's folders from wherever the test runner starts.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The source documents (the printed booklet, its dialogue sheet, the tool cards), kept in the repository so that a fresh clone tests alone.</summary>
    public static string Sources => Path.Combine(Root, "sources");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "site.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("site.sln not found above " + AppContext.BaseDirectory);
    }
}
