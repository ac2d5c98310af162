using System.Text;

namespace MaalMedMening.CorpusMaker;

/// <summary>
/// Writes the same corpus as a Hugo site, so bench/run.sh can build the same pages with Hugo in the same run:
/// the same Markdown files with the same front matter under <c>content/&lt;lang&gt;/</c>, two languages, and a minimal
/// layout (page shell, language switch, section listing, the <c>questions</c> shortcode).
/// </summary>
internal static class HugoWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Layout layout, string output)
    {
        CorpusWriter.Prepare(output);
        var shapes = Enumerable.Range(0, layout.Count).Select(n => ShapeMaker.Make(n, layout)).ToList();
        Text(output, "config.toml", Config);
        Text(output, "layouts/_default/baseof.html", BaseOf);
        Text(output, "layouts/_default/single.html", Single);
        Text(output, "layouts/_default/list.html", List);
        Text(output, "layouts/shortcodes/questions.html", Questions);
        foreach (var language in Language.All)
        {
            var writer = new MarkdownWriter(layout, shapes, language);
            foreach (var shape in shapes)
            {
                Text(output, Path.Combine("content", language.Code, layout.FileOf(shape.Number)), writer.Write(shape));
            }
        }
    }

    private static void Text(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    // Hugo 0.111 (Debian bookworm) reads config.toml; every language in its own folder, like input/<lang>/.
    private const string Config = """
        baseURL = "https://example.org/"
        title = "Corpus"
        defaultContentLanguage = "da"
        defaultContentLanguageInSubdir = true
        disableKinds = ["taxonomy", "term", "RSS"]
        enableRobotsTXT = false

        [languages.da]
        languageName = "Dansk"
        contentDir = "content/da"
        weight = 1

        [languages.en]
        languageName = "English"
        contentDir = "content/en"
        weight = 2

        [markup.goldmark.renderer]
        unsafe = false

        """;

    private const string BaseOf = """
        <!doctype html>
        <html lang="{{ .Site.Language.Lang }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} · {{ .Site.Title }}</title>
        <meta name="description" content="{{ .Description }}">
        {{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
        {{ end }}</head>
        <body>
        <a href="#main">Skip</a>
        <header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Home.Title }}</a>
        <nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</nav>
        </header>
        <main id="main">{{ block "main" . }}{{ end }}</main>
        <footer>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
        {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</footer>
        </body>
        </html>

        """;

    private const string Single = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1>
        {{ with .TableOfContents }}<nav class="toc">{{ . }}</nav>{{ end }}
        {{ .Content }}</article>{{ end }}

        """;

    private const string List = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1>
        {{ .Content }}
        <ul>{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></article>{{ end }}

        """;

    private const string Questions = """
        <ol class="questions" data-group="{{ .Get "group" }}"><li>{{ .Page.Title }}</li></ol>

        """;
}
