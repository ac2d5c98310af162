namespace MaalMedMening.Generator.Pipeline;

/// <summary>What a successful build wrote.</summary>
/// <param name="Leftovers">What could not be cleaned up after the new site was in place.</param>
/// <param name="Warnings">What the build went on with (<c>serve</c>: pages without their twin), sorted.</param>
public sealed record BuildReport(
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    long BytesWritten,
    TimeSpan Elapsed,
    IReadOnlyList<Pdf.PdfPlan.Target> PdfTargets,
    IReadOnlyList<string> Leftovers,
    IReadOnlyList<Diagnostics.Diagnostic> Warnings);
