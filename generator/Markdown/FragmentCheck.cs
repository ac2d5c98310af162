using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Markdown;

/// <summary>A link's #fragment, to be checked against the ids of its target page once every page is rendered.</summary>
public sealed record FragmentCheck(string TargetOutputPath, string Fragment, SourceSpan Span);
