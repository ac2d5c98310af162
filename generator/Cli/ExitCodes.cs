namespace MaalMedMening.Generator.Cli;

/// <summary>The process's exit codes, as documented in README.md ("Exit codes").</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    /// <summary>Reading or writing files failed (output is a file, no permission, disk full, theme missing).</summary>
    public const int IoFailure = 3;
}
