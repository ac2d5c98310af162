namespace MaalMedMening.Generator.Tool;

/// <summary>The two placements a team makes on each balance.</summary>
public enum AnswerKind
{
    /// <summary>"Where are we placed?" — where the team is now.</summary>
    Now,
    /// <summary>"Could we gain by moving our placement?" — where it would like to be.</summary>
    Want,
}
