namespace MaalMedMening.Generator.Tool;

/// <summary>The HTML ids and names of the form's radio buttons and advice blocks, shared by the page and its CSS.</summary>
public static class FormIds
{
    public static string Name(string balance, AnswerKind kind) => $"{balance}-{Kind(kind)}";

    public static string Radio(string balance, AnswerKind kind, int position) => $"{Name(balance, kind)}-{position}";

    public static string Block(string adviceId) => $"advice-{adviceId}";

    /// <summary>
    /// The class of what echoes a checked radio: its label restated in the answer and its marks on the answer's scale and
    /// the phone's status. One class, not an id each, so the CSS names the three once.
    /// </summary>
    public static string Echo(string balance, AnswerKind kind, int position) => $"on-{Radio(balance, kind, position)}";

    public static string NotChosen(string balance, AnswerKind kind) => $"chosen-{Name(balance, kind)}-none";

    /// <summary>The result's sentence for a balance: moving towards a pole, or staying where the team is.</summary>
    public static string Movement(string balance, Movement movement) => $"result-{balance}-{movement.ToString().ToLowerInvariant()}";

    private static string Kind(AnswerKind kind) => kind == AnswerKind.Now ? "now" : "want";
}
