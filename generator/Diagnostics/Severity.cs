namespace MaalMedMening.Generator.Diagnostics;

/// <summary>An error stops the build; a warning is printed and the build goes on (only <c>serve</c>'s drafts make warnings).</summary>
public enum Severity
{
    Error,
    Warning,
}
