using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>A case page's statement that it shows a balance in practice, and how.</summary>
public sealed record CaseBalanceLink(string BalanceId, string Note, SourceSpan Span);
