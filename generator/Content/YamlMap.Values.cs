using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

// The typed fields read on top of the map's own values (an id, a number, true or false) and the unknown-key checks:
// none of them needs the parser's nodes, so they live apart from the part that reads them.
public sealed partial class YamlMap
{
    /// <summary>A required id (see <see cref="DataIds"/>); one of another shape is an error at its line.</summary>
    public string RequiredId(string key)
    {
        var value = RequiredString(key);
        if (value.Length > 0 && !DataIds.IsValid(value))
        {
            diagnostics.Report(DiagnosticCodes.InvalidId, SpanOf(key), DataIds.Problem("the id", value));
        }

        return value;
    }

    public int OptionalInt(string key, int fallback)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Report(DiagnosticCodes.WrongKind, SpanOf(key), $"'{key}' must be a whole number, not '{text}'");
        return fallback;
    }

    /// <summary>A yes-or-no field: <c>true</c> or <c>false</c>; false when it is left out.</summary>
    public bool OptionalBool(string key)
    {
        switch (OptionalString(key))
        {
            case null or "false":
                return false;
            case "true":
                return true;
            case var text:
                diagnostics.Report(DiagnosticCodes.WrongKind, SpanOf(key), $"'{key}' must be true or false, not '{text}'");
                return false;
        }
    }

    public double RequiredNumber(string key)
    {
        var text = RequiredString(key);
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (text.Length > 0)
        {
            diagnostics.Report(DiagnosticCodes.WrongKind, SpanOf(key), $"'{key}' must be a number written with a point (38.5), not '{text}'");
        }

        return 0;
    }

    /// <inheritdoc cref="RejectUnknownKeys(IReadOnlySet{string})"/>
    public void RejectUnknownKeys(params string[] known) => RejectUnknownKeys(known.ToHashSet(StringComparer.Ordinal));

    /// <summary>This map, once its unknown keys are reported: so that a list's items are checked as they are read.</summary>
    public YamlMap RejectingUnknownKeys(params string[] known)
    {
        RejectUnknownKeys(known);
        return this;
    }

    /// <summary>The one wording of an unknown key, wherever it is found: the nearest known key, else all of them.</summary>
    public static string UnknownKey(string name, IEnumerable<string> known) =>
        NearMatch.Find(name, known) is { } near
            ? $"unknown key '{name}'; did you mean '{near}'?"
            : $"unknown key '{name}'; the known keys are {string.Join(", ", known.Order(StringComparer.Ordinal))}";
}
