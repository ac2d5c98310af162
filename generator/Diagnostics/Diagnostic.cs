namespace MaalMedMening.Generator.Diagnostics;

/// <summary>One content error: what is wrong, where, and (in the message) how to fix it.</summary>
public sealed record Diagnostic(string Code, SourceSpan Span, string Message)
{
    /// <summary>The compiler-style line authors and editors understand: <c>input/da/file.md:12: error: … [MM012]</c>.</summary>
    public string Format() => $"{Span}: error: {Message} [{Code}]";
}
