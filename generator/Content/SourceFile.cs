using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>An input file as read from disk: where it is, how to name it to an author, and its text.</summary>
/// <param name="DisplayPath">The path printed in errors, relative to the working folder where possible.</param>
/// <param name="RelativePath">The path below its language folder, with forward slashes (<c>cases/dsb.md</c>).</param>
/// <param name="Text">The file's text; a page's, once its front matter is read, only up to its body (see <see cref="WithoutBody"/>).</param>
public sealed record SourceFile(string FullPath, string DisplayPath, string Language, string RelativePath, string Text)
{
    public SourceSpan At(int line) => new(DisplayPath, line);

    /// <summary>The file with its text cut before its last <paramref name="bodyLength"/> characters: a page's body is
    /// its own string once parsed, and holding it twice doubled the memory a large site's text takes.</summary>
    public SourceFile WithoutBody(int bodyLength) => this with { Text = Text[..^bodyLength] };
}
