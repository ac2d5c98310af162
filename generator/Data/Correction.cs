using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>
/// A change the web edition makes to the printed text (a misprint, or a reference that only works on paper): the
/// source document it is in, the page that carries the corrected text, and the text before and after. The fidelity
/// tests accept exactly these changes.
/// </summary>
public sealed record Correction(string Id, string Source, string Page, string Original, string Corrected, SourceSpan Span);
