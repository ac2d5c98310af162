namespace MaalMedMening.Theme.Models;

/// <summary>One language's UI strings; the generator has checked that every <see cref="StringKeys"/> entry its pages show is present.</summary>
/// <remarks>In <c>serve</c>'s preview of a language in progress, a key the table lacks is taken from <see cref="Fallback"/>
/// (the default language's table); <see cref="Values"/> stays the language's own, so the checks still see what it lacks.</remarks>
public sealed record UiStrings(string Language, IReadOnlyDictionary<string, string> Values)
{
    public UiStrings? Fallback { get; init; }

    public string this[string key] =>
        Values.TryGetValue(key, out var value) ? value : Fallback?.Values.TryGetValue(key, out var stand) == true ? stand! : $"[{Language}] {key}";
}
