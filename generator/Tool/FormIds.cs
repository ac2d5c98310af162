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

    private static string Kind(AnswerKind kind) => kind == AnswerKind.Now ? "now" : "want";
}
