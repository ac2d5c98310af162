namespace MaalMedMening.Generator.Tool;

/// <summary>The HTML ids and names of the form's radio buttons and advice blocks, shared by the page and its CSS.</summary>
public static class FormIds
{
    public static string Name(string balance, AnswerKind kind) => $"{balance}-{Kind(kind)}";

    public static string Radio(string balance, AnswerKind kind, int position) => $"{Name(balance, kind)}-{position}";

    public static string Block(string adviceId) => $"advice-{adviceId}";

    public static string Restated(string balance, AnswerKind kind, int position) => $"chosen-{Radio(balance, kind, position)}";

    public static string Mark(string balance, AnswerKind kind, int position) => $"mark-{Radio(balance, kind, position)}";

    public static string NotChosen(string balance, AnswerKind kind) => $"chosen-{Name(balance, kind)}-none";

    /// <summary>The result's sentence for a balance: moving towards a pole, or staying where the team is.</summary>
    public static string Movement(string balance, Movement movement) => $"result-{balance}-{movement.ToString().ToLowerInvariant()}";

    /// <summary>A mark on the phone's sticky status (a second drawing of the same answer, so a second id).</summary>
    public static string StatusMark(string balance, AnswerKind kind, int position) => $"status-{Mark(balance, kind, position)}";

    private static string Kind(AnswerKind kind) => kind == AnswerKind.Now ? "now" : "want";
}
