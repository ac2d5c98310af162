using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>
/// A change the web edition makes to the printed text (a misprint, a harmonised name or wording, a reference that only
/// works on paper): the source document it is in, the page that carries the corrected text, the text before and after,
/// and why, in the page's language, so that a reader can judge it. The fidelity tests accept exactly these changes.
/// </summary>
public sealed record Correction(string Id, string Source, string Page, string Original, string Corrected, string Reason, SourceSpan Span);
