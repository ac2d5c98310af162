using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tool;

/// <summary>
/// The positions a team can choose on each balance, from the left pole (1) to the right pole (<see cref="Count"/>),
/// and the named sets of positions the rules use. Declared by the rules file, so a tool may have 3 positions or 7.
/// </summary>
public sealed record Scale(int Count, IReadOnlyDictionary<string, IReadOnlyList<int>> Sets)
{
    public IReadOnlyList<int> Positions { get; } = Enumerable.Range(1, Count).ToList();

    /// <summary>
    /// The positions' names in each language (language code → one label per position), from the rules file's 'labels:';
    /// empty when the scale names none and the labels come from the poles (see <see cref="ToolText.Position"/>).
    /// A label may name the poles as {left} and {right}.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Labels { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The line of 'labels:', for errors about a language's labels.</summary>
    public SourceSpan? LabelsSpan { get; init; }

    /// <summary>
    /// The most positions the pole-based labels name apart: pole, "near" pole, middle, "near" the other, the other.
    /// A longer scale names its positions, or two radios would read the same.
    /// </summary>
    public const int MaxUnnamedPositions = 5;

    /// <summary>The position as far from either pole, which only an odd number of positions has.</summary>
    public int? Middle => Count % 2 == 1 ? (Count + 1) / 2 : null;

    public bool Contains(int position) => position >= 1 && position <= Count;

    /// <summary>Whether a position lies nearer the left pole than the right (the middle is nearer neither).</summary>
    public bool NearerLeft(int position) => 2 * position < Count + 1;
}
