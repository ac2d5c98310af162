using System.Globalization;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tool;

// The rules' conditions: now, want, moving and answered on a balance, combined by all, any and any-balance.
public static partial class ToolRulesLoader
{
    private sealed partial class Reader
    {
        /// <summary>
        /// Stands for "the balance this is applied to" while a condition for every balance is read: no balance id can
        /// hold a NUL character. The condition is read (and its mistakes reported) once, then bound to each balance.
        /// </summary>
        private const string ThisBalance = "\0balance";

        private int _standIns;

        private static Condition Bind(Condition condition, string standIn, string balance) => condition switch
        {
            At at when at.Balance == standIn => at with { Balance = balance },
            AnsweredBalance answered when answered.Balance == standIn => answered with { Balance = balance },
            Towards towards when towards.Balance == standIn => towards with { Balance = balance },
            AllOf all => new AllOf([.. all.Parts.Select(p => Bind(p, standIn, balance))]),
            AnyOf any => new AnyOf([.. any.Parts.Select(p => Bind(p, standIn, balance))]),
            _ => condition,
        };

        private static bool TooLarge(Condition when) =>
            when.Size() is var size && (size.Chains > MaxChainsPerRule || size.Characters > MaxSelectorCharactersPerRule);

        // Whole numbers as digits, however large (a double past 10^15 is printed in exponent form).
        private static string Number(double value) =>
            value < 1e15 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.##E+0", CultureInfo.InvariantCulture);

        /// <param name="balance">The balance a condition without 'balance:' is about, inside 'each-balance' or 'any-balance'.</param>
        private Condition? ReadCondition(YamlMap map, string? balance)
        {
            if (map.Count == 0)
            {
                Error(DiagnosticCodes.InvalidValue, map.Span,
                    "a condition is a set of 'key: value' lines: { now: set }, { want: set }, { moving: left }, { answered: true } (each with 'balance:' where no balance is given), { all: [ … ] }, { any: [ … ] } or { any-balance: { … } }");
                return null;
            }

            if (map.Count == 1 && map.Keys is ["all" or "any"] && map.Keys[0] is var key)
            {
                if (map.KindOf(key) != YamlKind.List || map.List(key) is not { Count: > 0 } parts)
                {
                    Error(DiagnosticCodes.WrongKind, map.SpanOf(key), $"'{key}' must be a list of conditions ('[ {{ … }}, {{ … }} ]')");
                    return null;
                }

                var read = parts.Select(p => ReadCondition(p, balance)).ToList();
                return read.Any(p => p is null) ? null : key == "all" ? new AllOf([.. read!]) : new AnyOf([.. read!]);
            }

            if (map.Count == 1 && map.Keys is ["any-balance"])
            {
                if (balances.Count == 0)
                {
                    Error(DiagnosticCodes.RuleError, map.Span, "'any-balance' needs balances, and balances.yml has none");
                    return null;
                }

                // Read once about a stand-in of its own (an 'any-balance' may sit inside another), then made about every balance.
                var standIn = $"{ThisBalance}{++_standIns}";
                return map.Map("any-balance") is { } inner && ReadCondition(inner, standIn) is { } each
                    ? new AnyOf([.. balances.Select(b => Bind(each, standIn, b))])
                    : null;
            }

            return ReadLeaf(map, balance);
        }

        private Condition? ReadLeaf(YamlMap map, string? balance)
        {
            map.RejectUnknownKeys(LeafKeys);
            var tests = map.Keys.Where(k => k is "now" or "want" or "moving" or "answered").ToList();
            if (tests.Count != 1)
            {
                Error(tests.Count > 1 ? DiagnosticCodes.ConflictingValue : DiagnosticCodes.MissingField, map.Span,
                    "a condition tests one thing: now, want, moving or answered (use 'all:' to combine)");
                return null;
            }

            if (map.Has("balance"))
            {
                if (map.OptionalString("balance") is not { } id || !balances.Contains(id))
                {
                    Error(DiagnosticCodes.UnknownId, map.SpanOf("balance"),
                        $"unknown balance '{map.OptionalString("balance")}'; known balances are {string.Join(", ", balances)}");
                    return null;
                }

                balance = id;
            }
            else if (balance is null)
            {
                Error(DiagnosticCodes.MissingField, map.Span, "which balance? add 'balance: id' (only rules for every balance and 'any-balance' may leave it out)");
                return null;
            }

            var key = tests[0];
            switch (key, map.KindOf(key) == YamlKind.Value ? map.OptionalString(key) : null)
            {
                case ("now" or "want", _):
                    var positions = ReadPositions(map, key, _scale, literalOnly: false);
                    return positions is null ? null : new At(balance, key == "now" ? AnswerKind.Now : AnswerKind.Want, positions);
                case ("moving", "left" or "right"):
                    return Condition.Moving(balance, map.OptionalString(key) == "right", _scale);
                case ("answered", "true"):
                    return new AnsweredBalance(balance);
                case ("moving", _):
                    Error(DiagnosticCodes.UnknownValue, map.SpanOf(key), "'moving' is 'left' or 'right': the pole the team would like to be nearer");
                    return null;
                default:
                    Error(DiagnosticCodes.UnknownValue, map.SpanOf(key), "'answered' is 'true': the team placed itself on the balance, now or would like");
                    return null;
            }
        }
    }
}
