using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Serving;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Serving;

/// <summary>
/// A template or generator edit while <c>serve</c> runs (issue #29): serve says so in the terminal and on the page,
/// publishes the generator again with the command <c>./build.sh</c> gives (here a quick stand-in), shows the compiler's
/// errors when it fails and keeps serving, and asks to be restarted when it succeeds. output/ never holds any of it.
/// </summary>
public sealed class RepublishTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>A served site whose "program" is a folder of code files and whose publish command is a shell line
    /// that prints <c>said</c> and exits with the code in <c>code</c> after a moment.</summary>
    private sealed class Served : IAsyncDisposable
    {
        private readonly StringWriter _terminal = new();

        public Served(bool withCommand)
        {
            Directory.CreateDirectory(Sources);
            File.WriteAllText(Path.Combine(Sources, "Page.razor"), "<p>one</p>\n");
            var command = withCommand ? $"cat '{Path.Combine(Folder.Path, "said")}'; sleep 1; exit $(cat '{Path.Combine(Folder.Path, "code")}')" : null;
            var options = new BuildOptions(Site.Input, Site.Output, RepoPaths.Theme) { InPlace = true };
            Server = new PreviewServer(options, 0, (memory, errors) => BuildCommand.RunAsync(options, TextWriter.Null, errors, memory),
                TextWriter.Synchronized(_terminal), new Republisher(command, [Sources]));
        }

        public TempFolder Folder { get; } = new();

        public TestSite Site { get; } = new();

        public string Sources => Folder.Combine("generator");

        public PreviewServer Server { get; }

        public HttpClient Http { get; } = new() { Timeout = Patience };

        public string Terminal => _terminal.ToString();

        public async Task StartAsync()
        {
            Assert.Equal(0, await Server.BuildAsync());
            Http.BaseAddress = new Uri(await Server.StartAsync(watch: true));
        }

        /// <summary>The publish stand-in's next answer.</summary>
        public void Answer(string said, int code)
        {
            File.WriteAllText(Folder.Combine("said"), said);
            File.WriteAllText(Folder.Combine("code"), code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        public void EditTemplate(string text) => File.WriteAllText(Path.Combine(Sources, "Page.razor"), text);

        /// <summary>Waits until the served pages show <paramref name="heading"/>; returns the page.</summary>
        public async Task<string> PageShowingAsync(string heading)
        {
            var until = DateTime.UtcNow + Patience;
            string page;
            do
            {
                await Task.Delay(50);
                page = await (await Http.GetAsync("/da/")).Content.ReadAsStringAsync();
            }
            while (!page.Contains($"<h1>{heading}</h1>", StringComparison.Ordinal) && DateTime.UtcNow < until);

            Assert.Contains($"<h1>{heading}</h1>", page);
            return page;
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
            Site.Dispose();
            Folder.Dispose();
        }
    }

    [Fact]
    public async Task Should_Show_The_Compiler_Errors_And_Keep_Serving_When_The_Republish_Fails()
    {
        // Given a served site, and a publish that fails with a compiler error
        await using var served = new Served(withCommand: true);
        await served.StartAsync();
        served.Answer("generator/Page.razor(1,2): error RZ1034: Found a malformed 'p' tag helper.\nbuild.sh: the generator does not compile\n", 1);

        // When a template is edited
        served.EditTemplate("<p>two</p\n");

        // Then the pages say that the generator is being published again, then show the compiler's error
        Assert.Contains("Page.razor changed: publishing the generator again", await served.PageShowingAsync("Republishing the generator"));
        var page = await served.PageShowingAsync("The generator does not compile");
        Assert.Contains("error RZ1034: Found a malformed", page);
        Assert.Contains(PreviewHtml.ScriptPath, page);
        // ...as does the terminal; the server goes on serving, does not ask to be restarted, and output/ has none of it
        Assert.Contains("publishing the generator failed", served.Terminal);
        Assert.Contains("error RZ1034", served.Terminal);
        Assert.False(served.Server.Restart.IsCompleted);
        Assert.DoesNotContain("does not compile", File.ReadAllText(Path.Combine(served.Site.Output, "da", "index.html")));

        // And when a content edit is built meanwhile, the compiler's error stays on the pages
        served.Site.Write("da/forord.md", TestSite.Page("Forord", "foreword", "forord", "Ny tekst."));
        Assert.Equal(0, await served.Server.BuildAsync());
        Assert.Contains("error RZ1034", await served.PageShowingAsync("The generator does not compile"));
    }

    [Fact]
    public async Task Should_Ask_To_Be_Restarted_When_The_Republish_Succeeds()
    {
        // Given a served site whose last publish failed
        await using var served = new Served(withCommand: true);
        await served.StartAsync();
        served.Answer("x.cs(1,1): error CS1002: ; expected\n", 1);
        served.EditTemplate("<p>two</p\n");
        await served.PageShowingAsync("The generator does not compile");

        // When the template is fixed and the publish succeeds
        served.Answer("build.sh: Published .build/native/maalmedmening\n", 0);
        served.EditTemplate("<p>two</p>\n");

        // Then the server asks to be restarted (serve then exits with code 4), saying so in the terminal and on the page
        await served.Server.Restart.WaitAsync(Patience);
        Assert.Contains("serve: published; restarting with the same arguments", served.Terminal);
        await served.PageShowingAsync("Restarting");
        Assert.Equal(4, ExitCodes.Restart);
    }

    [Fact]
    public async Task Should_Say_That_Serve_Must_Be_Restarted_When_It_Has_No_Publish_Command()
    {
        // Given a site served without ./build.sh (dotnet run: no publish command)
        await using var served = new Served(withCommand: false);
        await served.StartAsync();

        // When a template is edited
        served.EditTemplate("<p>two</p>\n");

        // Then the pages and the terminal say to restart serve with ./build.sh serve, and nothing restarts by itself
        Assert.Contains("./build.sh serve", await served.PageShowingAsync("Restart serve to see this change"));
        Assert.Contains("Page.razor changed", served.Terminal);
        Assert.False(served.Server.Restart.IsCompleted);
    }

    [Theory]
    [InlineData("theme/Layouts/Page.razor", true)]
    [InlineData("generator/Serving/PreviewServer.cs", true)]
    [InlineData("generator/Generator.csproj", true)]
    [InlineData("theme/assets/site.css", false)]
    [InlineData("theme/obj/Release/net10.0/Page.razor.g.cs", false)]
    [InlineData("generator/bin/Release/x.cs", false)]
    public void Should_Tell_Code_From_Other_Files(string path, bool code) => Assert.Equal(code, Republisher.IsCode(path));
}
