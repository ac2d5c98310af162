namespace MaalMedMening.Generator.Diagnostics;

/// <summary>Ends a build whose input has errors; carries them so the command line can print them without a stack trace.</summary>
/// <param name="heldBack">One line on the errors left out as echoes of a file that could not be read (see <see cref="DiagnosticBag.HeldBack"/>).</param>
public sealed class ContentErrorsException(IReadOnlyList<Diagnostic> diagnostics, string? heldBack = null)
    : Exception($"{diagnostics.Count} content error(s)")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public string? HeldBack { get; } = heldBack;
}
