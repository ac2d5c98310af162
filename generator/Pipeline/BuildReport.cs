namespace MaalMedMening.Generator.Pipeline;

/// <summary>What a successful build wrote.</summary>
public sealed record BuildReport(
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    long BytesWritten,
    TimeSpan Elapsed,
    IReadOnlyList<Output.PdfPlan.Target> PdfTargets);
