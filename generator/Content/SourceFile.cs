using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>An input file as read from disk: where it is, how to name it to an author, and its text.</summary>
/// <param name="DisplayPath">The path printed in errors, relative to the working folder where possible.</param>
/// <param name="RelativePath">The path below its language folder, with forward slashes (<c>cases/dsb.md</c>).</param>
public sealed record SourceFile(string FullPath, string DisplayPath, string Language, string RelativePath, string Text)
{
    public SourceSpan At(int line) => new(DisplayPath, line);
}
