namespace MaalMedMening.Generator.Content;

/// <summary>What a key of a <see cref="YamlMap"/> holds, for a field that may be written more than one way.</summary>
public enum YamlKind
{
    Missing,
    Value,
    List,
    Map,
}
