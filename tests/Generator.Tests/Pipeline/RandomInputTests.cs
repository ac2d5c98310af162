using System.Text.RegularExpressions;
using CsCheck;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Pipeline;

/// <summary>
/// A property test (issue #6): random Markdown and random front matter, valid and broken, fed through the real
/// pipeline. Whatever comes in, the build either succeeds or reports content errors as well-formed
/// "input/…:LINE: error: … [MMnnn]" lines with exit code 1 and writes nothing; it never throws.
/// </summary>
public sealed partial class RandomInputTests
{
    private static readonly Gen<string> PlainWord = Gen.OneOf(
        "mål", "mening", "trivsel", "arbejdsmiljø", "Ærlige", "ØRESUND", "å", "targets", "well-being", "kerneopgave",
        "naïve", "café", "😀", "שלום", "zero\u200Bwidth", "a\u030A", "100 %", "3,5", "--", "...", "x:y", "—");

    // Characters Markdown, shortcodes, attributes or YAML give a meaning, alone or in odd company.
    private static readonly Gen<string> OddWord = Gen.OneOf(
        "tab\there", "a # b", "{", "}", "[", "]", "(", ")", "`", "``", "*", "**", "_", "~", "\\", "&", "&amp;", "&#x61;", "<", ">", "|",
        "!", "\"", "'", "^", "{{<", ">}}", "{.lead}", "{lang=da}", "{#id}", "[^1]", "](", "![", "<https://example.dk>", "\0", "\uFFFD", "\uD800");

    private static readonly Gen<string> Word = Gen.Frequency((9, PlainWord), (1, OddWord));

    private static readonly Gen<string> Words = Word.Array[1, 8].Select(w => string.Join(' ', w));

    private static readonly Gen<string> Target = Gen.Frequency(
        (4, Gen.OneOf("_index.md", "forord.md", "./_index.md", "https://example.dk/", "mailto:info@example.dk", "<forord.md>", "forord.md \"titel\"")),
        (1, Gen.OneOf("../da/_index.md", "forord.md#foerste-afsnit", "#foerste-afsnit", "_index.md#ingen", "mangler.md", "../en/foreword.md", "../../x.md", "#", "", "billede.png", "forord.md#%C3%A6", "Ærlige Mål.md", "data/questions.yml")));

    private static readonly Gen<string> Inline = Gen.Frequency(
        (6, Words),
        (2, Words.Select(w => $"*{w}*")),
        (1, Words.Select(w => $"**{w}**")),
        (1, Words.Select(w => $"_{w}_")),
        (1, Words.Select(w => $"`{w}`")),
        (3, Gen.Select(Words, Target, (w, t) => $"[{w}]({t})")),
        (1, Gen.Select(Words, Target, (w, t) => $"![{w}]({t})")),
        (1, Words.Select(w => $"*{w}*{{lang=da}}")),
        (1, Gen.Int[1, 3].Select(n => $"[^{n}]")));

    private static readonly Gen<string> Line = Inline.Array[1, 6].Select(parts => string.Join(' ', parts));

    private static readonly Gen<string> Shortcode = Gen.OneOf(
        "{{< questions group=\"overall\" >}}", "{{< questions group=\"activity-value\" >}}", "{{< questions >}}", "{{< questions group=\"nej\" >}}",
        "{{< advice level=\"strategic\" >}}", "{{< advice level=\"x\" >}}", "{{< balance-overview >}}", "{{< chart id=\"wellbeing-influence\" >}}",
        "{{< chart >}}", "{{< glossary >}}", "{{< balance-tool >}}", "{{< nothing >}}", "{{< questions group=\"overall\"", "{{<>}}",
        "{{< questions group='overall' >}}", "  {{< glossary >}}", "    {{< glossary >}}", "{{< glossary >}} efter");

    private static readonly Gen<string> Block = Gen.Frequency(
        (6, Line),
        (2, Gen.Select(Gen.Int[1, 7], Words, (n, w) => $"{new string('#', n)} {w}")),
        (2, Line.Array[1, 4].Select(items => string.Join('\n', items.Select(i => "- " + i)))),
        (1, Line.Array[1, 4].Select(items => string.Join('\n', items.Select((i, n) => $"{n + 1}. {i}")))),
        (1, Gen.Select(Gen.Int[1, 6], Line, (depth, l) => string.Join('\n', Enumerable.Range(0, depth).Select(d => new string(' ', 2 * d) + "- " + l)))),
        (2, Gen.Select(Line, Words, (q, who) => $"> {q}\n>\n> — {who}")),
        (1, Line.Select(l => "> " + l)),
        (2, Shortcode),
        (1, Gen.Select(Gen.Int[1, 3], Line, (n, l) => $"[^{n}]: {l}")),
        (1, Words.Select(w => $"| {w} | b |\n| --- | --- |\n| 1 | {w} |")),
        (1, Words.Select(w => $"```\n{w}\n```")),
        (1, Gen.OneOf("---", "***", "```", "~~~", "{.lead}", "<b>fed</b>", "<!-- x -->", "\\", "    indrykket kode", "[a]: forord.md", "[^1]:", "")));

    private static readonly Gen<string> Body = Block.Array[0, 12].Select(blocks => string.Join("\n\n", blocks));

    private static readonly Gen<string> YamlValue = Gen.Frequency(
        (5, Words),
        (1, Words.Select(w => $"\"{w.Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal)}\"")),
        (1, Gen.OneOf("", "\"", "'", "[x", "{a: b}", "[a, b]", "&a x", "*a", "!!binary x", "|", ">", "- x", "a: b", "%x", "@x", "`x`", "~", "null", "\"unclosed", "'it''s'", "\t", "x # kommentar")));

    private static readonly Gen<string> FrontMatterLine = Gen.Frequency(
        (2, YamlValue.Select(v => "title: " + v)),
        (2, YamlValue.Select(v => "description: " + v)),
        (1, Gen.OneOf("translationKey: foreword", "translationKey: other", "translationKey:")),
        (1, Gen.OneOf("weight: 10", "weight: -3", "weight: abc", "weight: 99999999999", "weight: 1.5")),
        (1, Gen.Select(YamlValue, v => "slug: " + v)),
        (1, Gen.OneOf("layout: page", "layout: sheet", "layout: tool", "layout: nope")),
        (1, Gen.OneOf("balance: activity-value", "balance: nope", "balances:\n  - id: activity-value\n    note: x", "balances:\n  - id: nope", "balances: x", "balances:\n\t- id: x")),
        (1, Gen.OneOf("titel: x", "title: x\ntitle: y", "  indented: x", "? complex", "- a list", "---", "...", "#", "")));

    private static readonly Gen<string> FrontMatter = Gen.Frequency(
        // Mostly valid, so that the Markdown below is reached and rendered; sometimes with odd fields, sometimes broken
        (6, PlainWord.Array[1, 4].Select(title => $"---\ntitle: \"{string.Join(' ', title)}\"\ndescription: Om forordet.\ntranslationKey: foreword\nslug: forord\n---\n")),
        (2, Gen.Select(YamlValue, FrontMatterLine.Array[0, 2], (title, extra) =>
            $"---\ntitle: {title}\ndescription: Om forordet.\ntranslationKey: foreword\nslug: forord\n{string.Join('\n', extra)}\n---\n")),
        (1, FrontMatterLine.Array[0, 8].Select(lines => $"---\n{string.Join('\n', lines)}\n---\n")),
        (1, FrontMatterLine.Array[0, 4].Select(lines => $"---\n{string.Join('\n', lines)}\n")),
        (1, Gen.OneOf("", "\n", "Ingen front matter.\n", "---\n---\n", "\uFEFF---\ntitle: x\n---\n")));

    private static readonly Gen<(string Page, bool RealData, bool Crlf)> Input =
        Gen.Select(FrontMatter, Body, Gen.Bool, Gen.Int[0, 9], (front, body, realData, crlf) => (front + "\n" + body + "\n", realData, crlf == 0));

    [Fact]
    public async Task Should_Never_Throw_And_Report_Only_Well_Formed_Errors_For_Random_Pages()
    {
        await Input.SampleAsync(async input =>
        {
            // Given the minimal site (sometimes with the real data files) whose Danish foreword is random
            using var site = new TestSite();
            if (input.RealData)
            {
                foreach (var language in new[] { "da", "en" })
                foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, language, DataLoader.Folder), "*.yml"))
                {
                    site.WriteBytes($"{language}/{DataLoader.Folder}/{Path.GetFileName(file)}", File.ReadAllBytes(file));
                }
            }

            site.Write("da/forord.md", input.Crlf ? input.Page.Replace("\n", "\r\n", StringComparison.Ordinal) : input.Page);

            // When it is built (an exception fails the sample, and CsCheck shrinks it to a small page)
            var outcome = await site.BuildAsync();

            // Then it was either built, with at most well-formed warnings on the error stream (a case's balance without a chapter)...
            if (outcome.ExitCode == 0)
            {
                Assert.True(outcome.ErrorLines.All(l => WarningLine().IsMatch(l)), outcome.Errors);
                Assert.True(File.Exists(Path.Combine(site.Output, "da", "index.html")));
                return;
            }

            // ...or refused with exit code 1, well-formed error lines, a count that matches them, and nothing written
            Assert.True(outcome.ExitCode == 1, $"exit code {outcome.ExitCode}\n{outcome.Errors}");
            var lines = outcome.ErrorLines;
            Assert.True(lines.Length >= 2, outcome.Errors);
            // Besides error lines: a file's "and N more" past the cap, and one note on cross-file findings held back
            var errorLines = lines[..^1].Where(l => !l.StartsWith("note: ", StringComparison.Ordinal) && !MoreLine().IsMatch(l) && !WarningLine().IsMatch(l)).ToList();
            var malformed = errorLines.Where(l => !ErrorLine().IsMatch(l)).ToList();
            Assert.True(malformed.Count == 0, "malformed error lines:\n" + string.Join('\n', malformed));
            Assert.True(lines[..^1].Count(l => l.StartsWith("note: ", StringComparison.Ordinal)) <= 1, outcome.Errors);
            Assert.Matches(SummaryLine(), lines[^1]);
            var more = lines.Select(l => MoreLine().Match(l)).Where(m => m.Success).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal($"Build failed: {errorLines.Count + more} error(s);", lines[^1][..lines[^1].IndexOf(';', StringComparison.Ordinal)] + ";");
            Assert.False(Directory.Exists(site.Output), "a failed build wrote output");
        }, iter: 200, print: input => $"(real data: {input.RealData}, CRLF: {input.Crlf})\n{input.Page}");
    }

    [GeneratedRegex(@"^input/[^:\n]+:[1-9][0-9]*: error: [^\n]+ \[MM[0-9]{3}\]$")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"^input/[^:\n]+:[1-9][0-9]*: warning: [^\n]+ \[MM[0-9]{3}\]$")]
    private static partial Regex WarningLine();

    [GeneratedRegex(@"^input/[^:\n]+: and ([1-9][0-9]*) more in this file$")]
    private static partial Regex MoreLine();

    [GeneratedRegex(@"^Build failed: [1-9][0-9]* error\(s\); .+ was not changed\.$")]
    private static partial Regex SummaryLine();
}
