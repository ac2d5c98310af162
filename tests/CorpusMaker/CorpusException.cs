namespace MaalMedMening.CorpusMaker;

/// <summary>The corpus cannot be written (missing source files, an output folder that is not ours).</summary>
internal sealed class CorpusException(string message) : Exception(message);
