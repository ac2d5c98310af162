using System.Text;
using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Generator.Tests.Support;

/// <summary>
/// A whole small site written from strings (in the manner of Hugo's integration tests), built in-process
/// with the real pipeline. Starts from a minimal valid bilingual site; tests add or replace files.
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestSite(bool minimal = true)
    {
        if (minimal)
        {
            foreach (var (path, text) in MinimalFiles)
            {
                Write(path, text);
            }
        }
    }

    /// <summary>A site holding a copy of the project's own input/, to change one thing in and build.</summary>
    public static TestSite CopyOfRealInput()
    {
        var site = new TestSite(minimal: false);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(RepoPaths.Input, file), File.ReadAllBytes(file));
        }

        return site;
    }

    public string Input => _folder.Combine("input");

    public string Output => _folder.Combine("output");

    public string OutputText(string path) => File.ReadAllText(Path.Combine(Output, path));

    public TestSite Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    public TestSite WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public TestSite Delete(string path)
    {
        File.Delete(Path.Combine(Input, path));
        return this;
    }

    public sealed record Outcome(int ExitCode, string Output, string Errors)
    {
        public string[] ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>Where each error with <paramref name="code"/> is ("input/da/file.md:12").</summary>
        public string[] Located(string code) =>
            ErrorLines.Where(l => l.EndsWith($"[{code}]", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(": error:", StringComparison.Ordinal)]).ToArray();
    }

    public async Task<Outcome> BuildAsync(Uri? siteUrl = null, bool fileLinks = false)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await BuildCommand.RunAsync(new BuildOptions(Input, Output, RepoPaths.Theme, siteUrl, fileLinks), output, errors);
        return new Outcome(code, output.ToString(), errors.ToString().Replace(_folder.Path + "/", ""));
    }

    public void Dispose() => _folder.Dispose();

    public static string Page(string title, string key, string slug, string body = "", int weight = 10, string extra = "") =>
        $"---\ntitle: {title}\ndescription: About {title}.\ntranslationKey: {key}\nweight: {weight}\nslug: {slug}\n{extra}---\n\n{body}\n";

    private static readonly (string Path, string Text)[] MinimalFiles =
    [
        ("site.yml", "languages: da en\nsiteUrl: https://example.dk/maalmedmening/\naccessibilityStatement: https://www.was.digst.dk/example-dk\n"),
        ("da/strings.yml", Strings("da")),
        ("en/strings.yml", Strings("en")),
        ("da/_index.md", Page("Forside", "home", "", "Velkommen til [forordet](forord.md).")),
        ("en/_index.md", Page("Home", "home", "", "Welcome to the [foreword](foreword.md).")),
        ("da/forord.md", Page("Forord", "foreword", "forord", "## Første afsnit\n\nTekst på dansk.")),
        ("en/foreword.md", Page("Foreword", "foreword", "foreword", "## First section\n\nText in English.")),
    ];

    private static string Strings(string language) =>
        string.Concat(Theme.Models.StringKeys.All.Select(key => $"{key}: {key switch
        {
            "languageName" => language == "da" ? "Dansk" : "English",
            "decimalSeparator" => language == "da" ? "\",\"" : "\".\"",
            "percentFormat" => language == "da" ? "\"{0} %\"" : "\"{0}%\"",
            "dateFormat" => "\"{0}. {1} {2}\"",
            "monthNames" => "jan feb mar apr maj jun jul aug sep okt nov dec",
            "indexAlphabet" => "a b c d e f g h i j k l m n o p q r s t u v w x y z æ ø å",
            "locale" => language == "da" ? "da_DK" : "en_GB",
            // The sentences as the four separate strings used to make them, so the golden pages stay as they were.
            "creditSentence" => $"\"creditSource {language} {{0}}, creditPublisher {language} {{1}}.\"",
            "creditCardSentence" => $"\"creditCard {language} {{0}}; creditNoPublisher {language}.\"",
            _ => $"{key} {language}",
        }}\n"));
}
