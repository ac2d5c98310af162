using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Tests.Markdown;

/// <summary>Shortcodes are an open registry: a new one is one class, registered with Use, checked like every other.</summary>
public sealed class ShortcodeRegistryTests
{
    /// <summary>A shortcode the generator does not have: shows its one argument as a paragraph.</summary>
    private sealed class EchoShortcode : IShortcode
    {
        public string Name => "echo";

        public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [new("text")];

        public ShortcodeReads Reads => ShortcodeReads.None;

        public BodyPart? Render(ShortcodeCall call, ShortcodeContext context) => new HtmlPart($"<p>{HtmlText.Escape(call.Argument("text"))}</p>");
    }

    private sealed class SilentShortcode(string name, ShortcodeReads reads = ShortcodeReads.None) : IShortcode
    {
        public string Name => name;

        public IReadOnlyList<ShortcodeArgument> Arguments { get; } = [];

        public ShortcodeReads Reads => reads;

        public BodyPart? Render(ShortcodeCall call, ShortcodeContext context) => null;
    }

    /// <summary>Resolves the one shortcode of a page whose body is <paramref name="line"/>, on the file's seventh line.</summary>
    private static (BodyPart? Part, IReadOnlyList<Diagnostic> Diagnostics) Resolve(ShortcodeRegistryBuilder builder, string line)
    {
        var diagnostics = new DiagnosticBag();
        var source = new SourceFile("/x/input/da/a.md", "input/da/a.md", "da", "a.md", $"---\ntitle: A\ndescription: A page.\ntranslationKey: a\n---\n\n{line}\n");
        var site = Router.Route(["da"], [new Router.Unrouted(source, FrontMatterParser.Parse(source, diagnostics)!)], diagnostics);
        var page = site.Pages.Single();
        var block = Markdig.Markdown.Parse(page.Body, MarkdownPipelineFactory.Create()).OfType<ShortcodeBlock>().Single();
        var registry = builder.Build(new ShortcodeContext(site, new Dictionary<string, LanguageData>(), new Dictionary<string, UiStrings>(), new RelativeUrls(false)));
        var part = registry.Resolve(page, block, new HeadingIdAllocator(Transliteration.For("da")), diagnostics);
        return (part, diagnostics.ToSortedList());
    }

    [Fact]
    public void Should_Render_A_Shortcode_Registered_With_Use()
    {
        // Given a registry with a shortcode of the test's own
        var builder = new ShortcodeRegistryBuilder().Use(new EchoShortcode());

        // When a page uses it
        var (part, diagnostics) = Resolve(builder, "{{< echo text=\"hej & farvel\" >}}");

        // Then it renders its part, and nothing is reported
        Assert.Empty(diagnostics);
        Assert.Equal(new HtmlPart("<p>hej &amp; farvel</p>"), part);
    }

    [Fact]
    public void Should_Name_Every_Registered_Shortcode_In_Order_For_An_Unknown_One()
    {
        // Given two shortcodes registered
        var builder = new ShortcodeRegistryBuilder().Use(new SilentShortcode("zeta")).Use(new EchoShortcode());

        // When a page uses a third
        var (part, diagnostics) = Resolve(builder, "{{< nope >}}");

        // Then MM023 at the shortcode's line lists the known ones in the order they were registered
        Assert.Null(part);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.BadShortcode, 7), (diagnostic.Code, diagnostic.Span.Line));
        Assert.EndsWith("known shortcodes are zeta, echo", diagnostic.Message);
    }

    [Fact]
    public void Should_Refuse_An_Argument_The_Shortcode_Does_Not_Know()
    {
        // Given the echo shortcode, which knows only text
        var builder = new ShortcodeRegistryBuilder().Use(new EchoShortcode());

        // When a page gives it another argument
        var (part, diagnostics) = Resolve(builder, "{{< echo text=\"a\" colour=\"red\" >}}");

        // Then MM072 is reported and the shortcode is not rendered
        Assert.Null(part);
        Assert.Equal([DiagnosticCodes.UnknownShortcodeArgument], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Should_Report_A_Missing_Argument_When_The_Shortcode_Asks_For_It()
    {
        // Given the echo shortcode
        var builder = new ShortcodeRegistryBuilder().Use(new EchoShortcode());

        // When a page leaves out its argument
        var (_, diagnostics) = Resolve(builder, "{{< echo >}}");

        // Then MM023 says which argument it needs
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.BadShortcode, diagnostic.Code);
        Assert.Contains("needs text=", diagnostic.Message);
    }

    [Fact]
    public void Should_Refuse_Two_Shortcodes_Of_One_Name()
    {
        // Given a registry with the echo shortcode
        var builder = new ShortcodeRegistryBuilder().Use(new EchoShortcode());

        // When another of the same name is registered, then that is refused
        Assert.Throws<InvalidOperationException>(() => builder.Use(new SilentShortcode("echo")));
    }

    [Fact]
    public void Should_Say_What_A_Page_Reads_From_The_Declarations_Of_Its_Shortcodes()
    {
        // Given shortcodes that read nothing, other pages and the booklet
        var registry = new ShortcodeRegistryBuilder()
            .Use(new SilentShortcode("plain"))
            .Use(new SilentShortcode("index", ShortcodeReads.OtherPages))
            .Use(new SilentShortcode("book", ShortcodeReads.Booklet))
            .Build(new ShortcodeContext(Router.Route(["da"], [], new DiagnosticBag()), new Dictionary<string, LanguageData>(), new Dictionary<string, UiStrings>(), new RelativeUrls(false)));
        var pipeline = MarkdownPipelineFactory.Create();

        // When pages use them, in a code block, under an unknown name, or as real calls
        var plain = registry.Reads(ShortcodeCalls.Of("{{< plain >}}\n\n{{< unknown >}}\n", pipeline));
        var quoted = registry.Reads(ShortcodeCalls.Of("```\n{{< index >}}\n```\n\n    {{< book >}}\n", pipeline));
        var both = registry.Reads(ShortcodeCalls.Of("Text.\n\n{{< index >}}\n\n{{< book >}}\n", pipeline));

        // Then only the parsed calls count, each as its shortcode declares
        Assert.Equal(ShortcodeReads.None, plain);
        Assert.Equal(ShortcodeReads.None, quoted);
        Assert.Equal(ShortcodeReads.OtherPages | ShortcodeReads.Booklet, both);
    }

    [Fact]
    public void Should_Give_The_Line_And_Arguments_Of_Each_Parsed_Call()
    {
        // Given a body with a malformed call, then a good one on its fifth line
        var body = "Intro.\n\n{{< questions group=\"a\" x >}}\n\n{{< questions group=\"overall\" >}}\n";

        // When its calls are read
        var calls = ShortcodeCalls.Of(body, MarkdownPipelineFactory.Create());

        // Then only the good one is there, at its 0-based line, with its group
        var call = Assert.Single(calls);
        Assert.Equal(4, call.Line);
        Assert.Equal("overall", QuestionsShortcode.GroupOf(call));
        Assert.Equal("overall", call.Argument(QuestionsShortcode.GroupArgument));
        Assert.Null(call.Argument("level"));
    }
}
