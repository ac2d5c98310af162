using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>Advice written for the balance tool, where positions on several balances combine.</summary>
/// <param name="Links">Translation keys of the chapters and cases the advice comes from.</param>
public sealed record ToolAdvice(string Id, string Title, string Text, IReadOnlyList<string> Links, SourceSpan Span)
{
    /// <summary>Where <see cref="Links"/> is written, for an error about a key that names no page.</summary>
    public SourceSpan? LinksSpan { get; init; }
}
