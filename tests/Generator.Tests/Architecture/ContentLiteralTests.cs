using System.Text.RegularExpressions;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Architecture;

/// <summary>
/// Content is data (issue #12): the generator must serve any publication, so no generator source names a page key,
/// balance id or language code of the real site. The facts are read from input/, the names from the string literals
/// of generator/**/*.cs; a literal counts only when it is the whole name, so "da" inside "data" is no finding.
/// </summary>
public sealed partial class ContentLiteralTests
{
    [Fact]
    public void Should_Name_No_Page_Key_Balance_Id_Or_Language_Code_Of_The_Real_Site_In_Generator_Code()
    {
        // Given the real site's content facts
        var facts = ContentFacts(RepoPaths.Input);
        Assert.Contains(("language code", "da"), facts);
        Assert.Contains(("page key", "foreword"), facts);
        Assert.Contains(("balance id", "activity-value"), facts);

        // When every string literal of the generator's sources is read, except the generator's own syntax words
        var generator = Path.Combine(RepoPaths.Root, "generator");
        var syntax = SyntaxWords();
        var findings = SourceFiles(generator)
            .SelectMany(file => CSharpLiterals.Read(File.ReadAllText(file))
                .Where(literal => !syntax.Contains(literal.Text))
                .SelectMany(literal => facts.Where(f => f.Name == literal.Text)
                    .Select(f => $"{Path.GetRelativePath(RepoPaths.Root, file)}:{literal.Line}: \"{literal.Text}\" is a {f.Kind} of the real site")))
            .ToList();

        // Then none is a name the content chose
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public void Should_Find_A_Content_Name_In_A_Literal_But_Not_In_Comments_Or_Longer_Words()
    {
        // Given source text with the name in a literal, an interpolated run, a comment and inside longer literals
        const string source = "// \"da\" in a comment\nvar a = \"data\";\n/* \"en\" */ var b = '\"';\nvar c = $\"{x}da\";\nvar d = @\"en\";\nvar e = \"\"\"\n  raw \"da\"\n  \"\"\";\nvar f = \"\\\"da\";";

        // When its literals are read
        var literals = CSharpLiterals.Read(source);

        // Then exactly the whole literals are found, at their lines
        Assert.Contains(new CSharpLiterals.Literal("da", 4), literals);
        Assert.Contains(new CSharpLiterals.Literal("en", 5), literals);
        Assert.Contains(new CSharpLiterals.Literal("data", 2), literals);
        Assert.Contains(new CSharpLiterals.Literal("\"da", 9), literals);
        Assert.DoesNotContain(literals, l => l.Text == "da" && l.Line != 4);
        Assert.Single(literals, l => l.Text.Contains("raw", StringComparison.Ordinal) && l.Line == 6);
    }

    /// <summary>
    /// The words content writes to call the generator — shortcode names and layouts — are the generator's, not the
    /// content's: the real site happens to have pages keyed "glossary", "booklet" and "balance-tool", as their shortcodes
    /// are named, and the generator never uses those words as page keys. Read from the generator, not listed here.
    /// </summary>
    private static HashSet<string> SyntaxWords() =>
        typeof(global::MaalMedMening.Generator.Markdown.Shortcodes.IShortcode).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(global::MaalMedMening.Generator.Markdown.Shortcodes.IShortcode).IsAssignableFrom(t))
            // A shortcode's name needs no constructor arguments; an uninitialised instance answers it.
            .Select(t => ((global::MaalMedMening.Generator.Markdown.Shortcodes.IShortcode)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(t)).Name)
            .Concat(global::MaalMedMening.Generator.Content.FrontMatter.Layouts)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>Page keys from every page's front matter, balance ids from each language's balances.yml, language codes from site.yml.</summary>
    public static IReadOnlySet<(string Kind, string Name)> ContentFacts(string input)
    {
        var facts = new HashSet<(string, string)>();
        var languages = File.ReadLines(Path.Combine(input, "site.yml"))
            .Where(l => l.StartsWith("languages:", StringComparison.Ordinal))
            .SelectMany(l => l["languages:".Length..].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        facts.UnionWith(languages.Select(l => ("language code", l)));
        foreach (var language in languages)
        {
            var folder = Path.Combine(input, language);
            facts.UnionWith(Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
                .SelectMany(File.ReadLines)
                .Select(l => TranslationKey().Match(l))
                .Where(m => m.Success)
                .Select(m => ("page key", m.Groups[1].Value.Trim('"', '\''))));
            var balances = Path.Combine(folder, "data", "balances.yml");
            if (File.Exists(balances))
            {
                facts.UnionWith(File.ReadLines(balances)
                    .Select(l => BalanceId().Match(l))
                    .Where(m => m.Success)
                    .Select(m => ("balance id", m.Groups[1].Value.Trim('"', '\''))));
            }
        }

        return facts;
    }

    [GeneratedRegex(@"^translationKey:\s*(\S+)\s*$")]
    private static partial Regex TranslationKey();

    // A balance is a top-level list item; its poles are indented further.
    [GeneratedRegex(@"^- id:\s*(\S+)\s*$")]
    private static partial Regex BalanceId();
}
