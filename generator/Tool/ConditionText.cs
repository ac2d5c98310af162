namespace MaalMedMening.Generator.Tool;

/// <summary>What a condition needs to describe itself in a language: balance and position names, and the phrases.</summary>
public interface IConditionText
{
    string Dimension(string balance);

    string Position(string balance, int position);

    string Pole(string balance, bool right);

    /// <summary>A phrase from the strings table with {0}, {1} filled in.</summary>
    string Phrase(string key, params string[] values);
}
