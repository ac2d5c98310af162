using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Data;

/// <summary>A glossary term as this language says it, and a one-line explanation in this language; the entries of all languages share an id.</summary>
public sealed record GlossaryEntry(string Id, string Term, string Explanation, SourceSpan Span);
