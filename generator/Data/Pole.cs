namespace MaalMedMening.Generator.Data;

/// <summary>One end of a balance, with what it brings and what it risks for the working environment.</summary>
public sealed record Pole(string Id, string Name, string Advantage, string Risk);
