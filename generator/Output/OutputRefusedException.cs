namespace MaalMedMening.Generator.Output;

/// <summary>The output folder named is one the generator must not replace; a usage error, nothing was touched.</summary>
public sealed class OutputRefusedException(string message) : Exception(message);
