namespace MaalMedMening.Generator.Tool;

/// <summary>The two placements a team makes on each balance.</summary>
public enum AnswerKind
{
    /// <summary>"Hvor er vi placeret?" — where the team is now.</summary>
    Now,
    /// <summary>"Kunne vi med fordel flytte jeres placering?" — where it would like to be.</summary>
    Want,
}
