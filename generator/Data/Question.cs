using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>A dialogue question; <paramref name="Group"/> is <c>overall</c> or a balance id.</summary>
public sealed record Question(string Id, string Group, string Text, SourceSpan Span)
{
    public const string OverallGroup = "overall";
}
