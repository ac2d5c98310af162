namespace MaalMedMening.Generator.Tool;

/// <summary>
/// The HTML ids and names of the form's radio buttons and what echoes them, shared by the page and its CSS. They are
/// written short (<c>av-n1</c> for the first position of "now" on the balance <c>activity-value</c>): the generated
/// CSS names each of them in many selectors, and the tool's page must fit the first round trip. A balance is named by
/// the initials of its id's words (see <see cref="Short"/>); <see cref="Collisions"/> finds balances that would share them.
/// </summary>
public static class FormIds
{
    public static string Name(string balance, AnswerKind kind) => $"{Short(balance)}-{Kind(kind)}";

    public static string Radio(string balance, AnswerKind kind, int position) => $"{Name(balance, kind)}{position}";

    public static string Block(string adviceId) => $"advice-{adviceId}";

    /// <summary>
    /// The class of what echoes a checked radio: its label restated in the answer and its marks on the answer's scale and
    /// the phone's status. One class, not an id each, so the CSS names the three once; it is the radio's id, a class
    /// and an id never being confused.
    /// </summary>
    public static string Echo(string balance, AnswerKind kind, int position) => Radio(balance, kind, position);

    public static string NotChosen(string balance, AnswerKind kind) => $"{Name(balance, kind)}-none";

    /// <summary>The result's sentence for a balance: moving towards a pole, or staying where the team is.</summary>
    public static string Movement(string balance, Movement movement) => $"{Short(balance)}-{movement.ToString().ToLowerInvariant()}";

    /// <summary>
    /// A balance's short name: the first letter of each word of an id of several words (<c>activity-value</c> →
    /// <c>av</c>); an id of one word as it is (<c>pace</c>), since single words share initials far more often.
    /// </summary>
    public static string Short(string balance)
    {
        // Called for every radio the generated CSS names (thousands per build): the initials are read in place rather
        // than by splitting the id into words.
        Span<char> initials = balance.Length <= 128 ? stackalloc char[balance.Length] : new char[balance.Length];
        var count = 0;
        for (var i = 0; i < balance.Length; i++)
        {
            if (balance[i] != '-' && (i == 0 || balance[i - 1] == '-'))
            {
                initials[count++] = balance[i];
            }
        }

        return count > 1 ? new string(initials[..count]) : balance;
    }

    /// <summary>Each group of two or more balances that would share a short name, and so the same ids.</summary>
    public static IEnumerable<IReadOnlyList<string>> Collisions(IEnumerable<string> balances) =>
        balances.Distinct(StringComparer.Ordinal).GroupBy(Short, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => (IReadOnlyList<string>)g.ToList());

    private static string Kind(AnswerKind kind) => kind == AnswerKind.Now ? "n" : "w";
}
