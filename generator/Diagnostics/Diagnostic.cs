namespace MaalMedMening.Generator.Diagnostics;

/// <summary>One content error (or warning): what is wrong, where, and (in the message) how to fix it.</summary>
public sealed record Diagnostic(string Code, SourceSpan Span, string Message, Severity Severity = Severity.Error)
{
    /// <summary>
    /// The compiler-style line authors and editors understand: <c>input/da/file.md:12: error: … [MM012]</c>. One line
    /// always: messages quote content, whose control characters are shown escaped rather than sent to the terminal.
    /// </summary>
    public string Format() => Printable.Escape($"{Span}: {(Severity == Severity.Warning ? "warning" : "error")}: {Message} [{Code}]");
}
