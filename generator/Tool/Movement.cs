namespace MaalMedMening.Generator.Tool;

/// <summary>Where a team wants to go on one balance, compared with where it is now: the result's sentence for the balance.</summary>
public enum Movement
{
    Left,
    Right,
    Stay,
}
