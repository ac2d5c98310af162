namespace MaalMedMening.Generator.Tool;

/// <summary>Five positions from the left pole (1) to the right pole (5); 3 is the middle.</summary>
public static class Scale
{
    public const int Left = 1;
    public const int Middle = 3;
    public const int Right = 5;

    public static readonly IReadOnlyList<int> Positions = [1, 2, 3, 4, 5];

    /// <summary>Positions nearer the left pole than the right, including the middle, where both poles are equally near.</summary>
    public static readonly IReadOnlyList<int> TowardLeft = [1, 2, 3];

    public static readonly IReadOnlyList<int> TowardRight = [3, 4, 5];

    public static readonly IReadOnlyList<int> NearLeft = [1, 2];

    public static readonly IReadOnlyList<int> NearRight = [4, 5];
}
