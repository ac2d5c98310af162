using System.Text.Json;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Theme.Models;
using NJsonSchema;

namespace MaalMedMening.Generator.Tests.Schemas;

/// <summary>
/// The JSON Schemas in input/schemas/ (for editors' completion and checking) accept all the real input, reject
/// what the generator rejects, and name the same keys as the generator (issue #16).
/// </summary>
public sealed class InputSchemaTests
{
    private static string SchemaFolder => Path.Combine(RepoPaths.Input, "schemas");

    private static JsonSchema Schema(string name) =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(SchemaFolder, name))).GetAwaiter().GetResult();

    private static string[] Errors(string schema, string yaml) =>
        Schema(schema).Validate(YamlJson.FromYaml(yaml)).Select(e => $"{e.Path}: {e.Kind}").ToArray();

    /// <summary>Each YAML text of the real input (a page's front matter, or a whole file) with the schema for it.</summary>
    public static TheoryData<string, string> RealInput()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepoPaths.Input, file).Replace('\\', '/');
            var schema = SchemaFor(relative);
            if (schema is not null)
            {
                data.Add(relative, schema);
            }
        }

        return data;
    }

    private static string? SchemaFor(string relative) => relative.Split('/') switch
    {
        [_, .., var name] when name.EndsWith(".md", StringComparison.Ordinal) && relative != "README.md" => "front-matter.schema.json",
        ["site.yml"] => "site.schema.json",
        ["tool-rules.yml"] => "tool-rules.schema.json",
        ["terminology.yml"] => "terminology.schema.json",
        [_, "strings.yml"] => "strings.schema.json",
        [_, CountStatements.FileName] => "counts.schema.json",
        [_, "data", var name] when name.EndsWith(".yml", StringComparison.Ordinal) => $"data-{name[..^4]}.schema.json",
        _ => null,
    };

    private static string YamlOf(string relative)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, relative)).Replace("\r\n", "\n");
        if (!relative.EndsWith(".md", StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        return string.Join('\n', lines[1..close]);
    }

    [Theory]
    [MemberData(nameof(RealInput))]
    public void Should_Accept_The_Real_Input(string file, string schema)
    {
        // Given a file of the real input and its schema
        Assert.True(File.Exists(Path.Combine(SchemaFolder, schema)), $"{file} has no schema {schema} in input/schemas/");

        // When it is validated
        var errors = Errors(schema, YamlOf(file));

        // Then there are no errors
        Assert.Empty(errors);
    }

    [Fact]
    public void Should_Find_Every_Kind_Of_Input_File()
    {
        // Given the real input's files with their schemas
        var schemas = RealInput().Select(row => (string)row[1]).ToHashSet();

        // Then every schema is used, and each page's front matter and each data file is among them
        Assert.Equal(Directory.EnumerateFiles(SchemaFolder, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal), schemas.Order(StringComparer.Ordinal));
        Assert.True(RealInput().Count(row => (string)row[1] == "front-matter.schema.json") > 50);
    }

    public static TheoryData<string, string, string> BadInput() => new()
    {
        // schema, YAML, why the generator rejects it
        { "front-matter.schema.json", "title: Forord\ndescription: Kort.\ntranslationKey: foreword\ntitel: Forord\n", "unknown key (MM170)" },
        { "front-matter.schema.json", "title: Forord\ndescription: Kort.\ntranslationKey: foreword\nweight: ti\n", "weight is not a whole number (MM171)" },
        { "front-matter.schema.json", "title: Forord\ndescription: Kort.\n", "translationKey is missing (MM006)" },
        { "front-matter.schema.json", "title: Forord\ndescription: Kort.\ntranslationKey: foreword\nslug: nyt-kapitæl\n", "slug outside a-z, 0-9 and '-' (MM080)" },
        { "front-matter.schema.json", "title: Forord\ndescription: Kort.\ntranslationKey: foreword\nlayout: poster\n", "unknown layout (MM172)" },
        { "site.schema.json", "languages: da en\nsiteUrl: https://example.dk/\naccessibilityStatement: https://example.dk/was\ntheme: dark\n", "unknown key (MM170)" },
        { "strings.schema.json", "siteTitle: Mål\n", "UI strings missing (MM013)" },
        { "data-questions.schema.json", "- id: q1\n  group: overall\n", "text is missing (MM006)" },
        { "data-advice.schema.json", "- id: a1\n  title: T\n  level: Tactical level\n  text: X\n", "a level that is no id (MM172)" },
        { "data-advice-levels.schema.json", "- id: tactical\n", "a level's name is missing (MM006)" },
        { "data-tool-advice.schema.json", "- id: t\n  title: T\n  text: X\n  linkss: foreword\n", "unknown key (MM170)" },
        { "data-balances.schema.json", "- id: b\n  dimension: D\n  name: N\n  poles:\n    - { id: l, name: L, advantage: A, risk: R, riskSentense: S }\n    - { id: r, name: R, advantage: A, risk: R }\n", "unknown key of a pole (MM170)" },
        { "data-charts.schema.json", "- id: c\n  title: T\n  source: S\n  bars:\n    - { label: a, value: \"38,5\" }\n", "value is not a number (MM171)" },
        { "tool-rules.schema.json", "scale:\n  positions: 5\neach-balance:\n  - show: pole-left\n    when: { now: [1], want: [2] }\n", "a condition tests two things (MM174)" },
        { "counts.schema.json", "statements:\n  - words: råd\n    counts: [tips]\n", "unknown count (MM172)" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Should_Reject_What_The_Generator_Rejects(string schema, string yaml, string why)
    {
        // When a file the generator rejects is validated
        var errors = Errors(schema, yaml);

        // Then the schema rejects it too
        Assert.True(errors.Length > 0, $"the schema {schema} accepts input with {why}");
    }

    [Fact]
    public void Should_Name_The_Same_Keys_And_Choices_As_The_Generator()
    {
        // Given the schemas
        var frontMatter = Schema("front-matter.schema.json");
        var strings = Schema("strings.schema.json");

        // Then their keys and choices are the generator's and the theme's
        Assert.Equal(FrontMatterKeys.All.Order(StringComparer.Ordinal), frontMatter.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(FrontMatter.Layouts.Order(StringComparer.Ordinal), frontMatter.Properties[FrontMatterKeys.Layout].Enumeration.Select(e => (string)e!).Order(StringComparer.Ordinal));
        Assert.Equal(EmbedKinds.All.Order(StringComparer.Ordinal), frontMatter.Properties[FrontMatterKeys.Embeds].Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(EmbedKinds.All.Order(StringComparer.Ordinal), Schema("site.schema.json").Properties[SettingsReader.EmbedHeightsKey].Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(StringKeys.All.Order(StringComparer.Ordinal), strings.Properties.Keys.Order(StringComparer.Ordinal));
        // Only the layout's keys are always required; the others where a page shows their part (the build checks that).
        Assert.Equal(StringKeys.Layout.Order(StringComparer.Ordinal), strings.RequiredProperties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Describe_Every_UI_String_For_Editors_With_Where_It_Shows_And_When_It_Is_Needed()
    {
        // Given the strings schema
        var strings = Schema("strings.schema.json");

        // Then every key the theme knows has a description that says where it shows and when a table needs it
        Assert.All(StringKeys.All, key =>
        {
            var description = strings.Properties[key].Description ?? "";
            Assert.True(description.Length > 40, $"'{key}' has no description an editor can act on: '{description}'");
            Assert.Contains("equired", description);
        });
    }

    [Fact]
    public void Should_Wire_Every_Yaml_Schema_For_Editors()
    {
        // Given the editor settings
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "settings.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var wired = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject().Select(p => Path.GetFileName(p.Name)).ToHashSet();

        // Then every schema but the front matter's (inside .md files, which the YAML extension does not read) is wired
        var schemas = Directory.EnumerateFiles(SchemaFolder, "*.schema.json").Select(Path.GetFileName).Where(n => n != "front-matter.schema.json");
        Assert.Equal(schemas.Order(StringComparer.Ordinal), wired.Order(StringComparer.Ordinal));
    }
}
