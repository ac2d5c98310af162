namespace MaalMedMening.Generator.Diagnostics;

/// <summary>Ends a build whose input has errors; carries them so the command line can print them without a stack trace.</summary>
public sealed class ContentErrorsException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"{diagnostics.Count} content error(s)")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
