using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>
/// Evaluates the balance tool's generated CSS the way a browser would for the one question that matters: given the
/// checked radio buttons, which <c>#id</c> targets does a <c>display</c> rule reveal? It knows exactly the grammar
/// ToolCssWriter writes — chains on <c>.tool</c> of <c>:has(#id:checked)</c>, <c>:has(:is(#a,#b):checked)</c>,
/// <c>:has([name=n]:checked)</c>, <c>:has(input:checked)</c> and <c>:not(…)</c> of those, one chain or several as the
/// alternatives of <c>.tool:is(…)</c>, followed by one <c>#id</c>
/// target or a list of them (<c>:is(#a,#b)</c>) — and fails on anything else, so that a change of grammar cannot pass
/// unread. A rule reveals its targets when it sets <c>display</c> to something other than none, or sets the custom
/// properties the static rules turn into display (<c>--b: block</c> and the like).
/// </summary>
public sealed partial class ToolCssEvaluator
{
    private readonly List<(Func<IReadOnlySet<string>, IReadOnlyDictionary<string, string>, bool> Test, string Target)> _reveals = [];

    /// <param name="css">The site's stylesheet; only the <c>@supports selector(:has(*))</c> block is read.</param>
    public ToolCssEvaluator(string css)
    {
        // The built stylesheet is minified (no spaces around braces, no last semicolon); ToolCssWriter's own output is not.
        var start = Supports().Match(css);
        Assert.True(start.Success, "no @supports selector(:has(*)) block in the stylesheet");
        var body = css[(start.Index + start.Length)..];
        foreach (Match rule in Rule().Matches(body))
        {
            var declarations = rule.Groups["body"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(d => d.Split(':', 2, StringSplitOptions.TrimEntries))
                .ToList();
            if (!declarations.Any(d => d.Length == 2 && (d[0] == "display" || d[0].StartsWith("--", StringComparison.Ordinal)) && d[1] != "none"))
            {
                continue;
            }

            foreach (var selector in TopLevel(rule.Groups["selectors"].Value).Select(s => s.Trim()))
            {
                var match = Selector().Match(selector);
                if (!match.Success)
                {
                    continue; // @media print and the like: not about revealing advice.
                }

                // A rule with several chains writes them as alternatives of one :is() on the root.
                var whole = match.Groups["chain"].Value;
                var alternatives = whole.StartsWith(":is(", StringComparison.Ordinal) ? TopLevel(whole[4..^1]).Select(c => c.Trim()).ToList() : [whole];
                var chains = alternatives.Select(Chain).ToList();

                var target = match.Groups["target"].Value;
                var targets = target.StartsWith(":is(", StringComparison.Ordinal) ? target[4..^1].Split(',') : [target];
                Assert.All(targets, t => Assert.Matches(IdSubject(), t));
                foreach (var each in targets)
                {
                    _reveals.Add(((ids, names) => chains.Any(parts => parts.All(p => p(ids, names))), each));
                }
            }
        }
    }

    /// <summary>Every target any rule names.</summary>
    public IReadOnlySet<string> Targets => _reveals.Select(r => r.Target).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether some rule reveals <paramref name="target"/> (<c>#id</c>) when these radios are checked.</summary>
    /// <param name="nameOf">Each radio's id → its name attribute.</param>
    public bool Reveals(string target, IReadOnlySet<string> checkedIds, IReadOnlyDictionary<string, string> nameOf) =>
        _reveals.Any(r => r.Target == target && r.Test(checkedIds, nameOf));

    private static List<Func<IReadOnlySet<string>, IReadOnlyDictionary<string, string>, bool>> Chain(string chain)
    {
        var position = 0;
        var parts = new List<Func<IReadOnlySet<string>, IReadOnlyDictionary<string, string>, bool>>();
        while (position < chain.Length)
        {
            parts.Add(Part(chain, ref position));
        }

        return parts;
    }

    private static Func<IReadOnlySet<string>, IReadOnlyDictionary<string, string>, bool> Part(string chain, ref int position)
    {
        if (chain.AsSpan(position).StartsWith(":not("))
        {
            position += ":not(".Length;
            var inner = Part(chain, ref position);
            Expect(chain, ref position, ")");
            return (ids, names) => !inner(ids, names);
        }

        Expect(chain, ref position, ":has(");
        var end = chain.IndexOf(":checked)", position, StringComparison.Ordinal);
        Assert.True(end > position, $"unknown CSS grammar at '{chain[position..]}'");
        var subject = chain[position..end];
        position = end + ":checked)".Length;
        if (subject == "input")
        {
            return (ids, _) => ids.Count > 0;
        }

        if (NameSubject().Match(subject) is { Success: true } name)
        {
            var wanted = name.Groups[1].Value;
            return (ids, names) => ids.Any(id => names.TryGetValue(id, out var n) && n == wanted);
        }

        var alternatives = subject.StartsWith(":is(", StringComparison.Ordinal) && subject.EndsWith(')')
            ? subject[4..^1].Split(',')
            : [subject];
        Assert.All(alternatives, a => Assert.Matches(IdSubject(), a));
        var set = alternatives.Select(a => a[1..]).ToHashSet(StringComparer.Ordinal);
        return (ids, _) => ids.Overlaps(set);
    }

    private static void Expect(string chain, ref int position, string text)
    {
        Assert.True(chain.AsSpan(position).StartsWith(text), $"expected '{text}' at '{chain[position..]}'");
        position += text.Length;
    }

    [GeneratedRegex(@"@supports selector\(:has\(\*\)\)\s*\{")]
    private static partial Regex Supports();

    /// <summary>A selector list split at its commas outside parentheses (<c>:is(#a,#b)</c> stays whole).</summary>
    private static IEnumerable<string> TopLevel(string selectors)
    {
        var depth = 0;
        var from = 0;
        for (var i = 0; i < selectors.Length; i++)
        {
            depth += selectors[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (selectors[i] == ',' && depth == 0)
            {
                yield return selectors[from..i];
                from = i + 1;
            }
        }

        yield return selectors[from..];
    }

    [GeneratedRegex(@"(?<selectors>[^{}]+)\{(?<body>[^{}]*)\}")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\.tool(?<chain>:is\((?s:.)+\)|(?::has|:not)\S*) (?<target>#[A-Za-z0-9_-]+|:is\(#[A-Za-z0-9_,#-]+\))$")]
    private static partial Regex Selector();

    [GeneratedRegex(@"^\[name=([A-Za-z0-9_-]+)\]$")]
    private static partial Regex NameSubject();

    [GeneratedRegex(@"^#[A-Za-z0-9_-]+$")]
    private static partial Regex IdSubject();
}
