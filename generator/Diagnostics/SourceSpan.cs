namespace MaalMedMening.Generator.Diagnostics;

/// <summary>A place in an input file that an author can open: the path as shown to them and a 1-based line.</summary>
public sealed record SourceSpan(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
