namespace MaalMedMening.Generator.Content;

/// <summary>
/// One <c>letter=spelling</c> pair of a transliteration table, the syntax of the built-in tables
/// (<c>transliterations.txt</c>) and of site.yml's <c>transliteration:</c> alike.
/// </summary>
public static class LetterSpelling
{
    /// <summary>The letter (lower-cased) and its spelling, or false when the pair is not one letter and a spelling in
    /// a–z and 0–9: the spelling becomes part of ids and addresses, so it holds only what a slug may hold.</summary>
    public static bool TryParse(string pair, out char letter, out string spelling)
    {
        var parts = pair.Split('=');
        var valid = parts.Length == 2 && parts[0].Length == 1 && parts[1].All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9');
        letter = valid ? char.ToLowerInvariant(parts[0][0]) : '\0';
        spelling = valid ? parts[1] : "";
        return valid;
    }
}
