namespace MaalMedMening.Generator.Cli;

/// <summary>The process's exit codes, as documented in README.md ("Exit codes").</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    /// <summary>Reading or writing files failed (output is a file, no permission, disk full, theme missing).</summary>
    public const int IoFailure = 3;

    /// <summary><c>serve</c> only: a template or generator file changed and the generator was published again; <c>./build.sh serve</c> starts it with the same arguments.</summary>
    public const int Restart = 4;
}
