namespace MaalMedMening.Theme.Models;

/// <summary>One language's UI strings; the generator has checked that every <see cref="StringKeys"/> entry is present.</summary>
public sealed record UiStrings(string Language, IReadOnlyDictionary<string, string> Values)
{
    public string this[string key] => Values.TryGetValue(key, out var value) ? value : $"[{Language}] {key}";
}
