using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Output;
using MaalMedMening.Generator.Rendering;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// The build, as a recipe of named phases: read, parse, load data, route, check, render Markdown,
/// apply the theme and check each page, add site files, write. Pages go to a staging folder as they are rendered;
/// only the last phase replaces the output folder, and only when there were no errors.
/// </summary>
/// <param name="cache">Kept by <c>serve</c> between builds, so that unchanged pages are not rendered again.</param>
public sealed class SiteBuilder(BuildOptions options, TextWriter log, BuildCache? cache = null)
{
    /// <exception cref="ContentErrorsException">The input has errors; nothing was written.</exception>
    public async Task<BuildReport> BuildAsync()
    {
        var diagnostics = new DiagnosticBag();
        var phases = new PhaseLog(log);

        var settings = phases.Run("read settings", () => SettingsReader.Read(options.InputFolder, options.SiteUrl, diagnostics));
        StopOnErrors(diagnostics);
        var languages = settings!.Languages;

        var sources = phases.Run("read input", () => ReadSources(languages, diagnostics), s => $"{s.Count} pages");
        var parsed = phases.Run("parse front matter", () => sources
            .AsParallel().AsOrdered()
            .Select(s => (Source: s, Parsed: FrontMatterParser.Parse(s, diagnostics)))
            .ToList());
        var unparsed = parsed.Where(p => p.Parsed is null).Select(p => $"{p.Source.Language}/{p.Source.RelativePath}").ToHashSet();
        var unreadable = parsed.Where(p => p.Parsed is null).Select(p => p.Source.Language).ToHashSet();

        var (data, strings) = phases.Run("load data", () => (
            languages.ToDictionary(l => l, l => DataLoader.Load(LanguageFolder(l), l, diagnostics, options.InputFolder)),
            languages.ToDictionary(l => l, l => StringTable.Load(LanguageFolder(l), l, diagnostics, options.InputFolder))));

        var site = phases.Run("route", () => Router.Route(languages,
            parsed.Where(p => p.Parsed is not null).Select(p => new Router.Unrouted(p.Source, p.Parsed!)).ToList(), diagnostics, unreadable));

        var balanceIds = data[settings.DefaultLanguage].Balances.Select(b => b.Id).ToList();
        var rules = ToolRulesLoader.Load(options.InputFolder, balanceIds, diagnostics);
        var logic = rules ?? LogicTable.None;
        phases.Run("check", () =>
        {
            TranslationParity.Check(site, data, unreadable, diagnostics);
            ReferenceCheck.Check(site, data, diagnostics);
            // A site without balances has no balance tool to check.
            foreach (var language in languages.Where(l => data[l].Balances.Count > 0))
            {
                RuleCheck.Check(rules, data[language], strings[language], site, InputReader.DisplayPath(Path.Combine(LanguageFolder(language), DataLoader.Folder)), diagnostics);
            }
        });
        if (languages.Any(l => site.Home(l) is null))
        {
            StopOnErrors(diagnostics);
        }

        var urls = new RelativeUrls(options.ExplicitIndex);
        var tool = new ToolViewBuilder(logic, site, urls);
        var shortcodes = new ShortcodeResolver(site, data, strings, tool, urls, settings.AccessibilityStatementUrl);
        var pipeline = MarkdownPipelineFactory.Create();
        var markdown = new MarkdownRenderer(pipeline, new LinkResolver(site, urls, unparsed), shortcodes);
        var siteFingerprint = cache is null ? "" : BuildCache.SiteFingerprint(site, options);
        var fingerprints = site.Pages.ToDictionary(p => p, p => cache is null ? "" : BuildCache.PageFingerprint(siteFingerprint, p, site));
        var cached = site.Pages.Select(p => cache?.Find(p.OutputPath, fingerprints[p]) is { } hit ? (Page: p, Hit: hit) : default).Where(c => c.Hit is not null).ToList();
        var fresh = site.Pages.Except(cached.Select(c => c.Page)).ToList();
        var rendered = phases.Run("render markdown", () => fresh.AsParallel().Select(p => (Page: p, Body: markdown.Render(p, OwnPage(p, strings), diagnostics))).ToDictionary(r => r.Page, r => r.Body),
            _ => cache is null ? "" : $"{fresh.Count} changed, {cached.Count} from the last build");
        var booklet = new BookletComposer(site, markdown, urls, strings);
        var bodies = rendered.ToDictionary(r => r.Key, r => booklet.Compose(r.Key, r.Value, rendered, diagnostics));

        var pdfTargets = PdfPlan.Targets(site, pipeline, strings, settings.SiteUrl);
        var pdfs = options.PdfLinks ? pdfTargets.ToDictionary(t => t.PageOutputPath, t => t.PdfPath) : [];
        var views = new PageViewBuilder(settings, site, strings, data, urls);
        await using var razor = new RazorRenderer();
        var embeds = new EmbedPages(settings, site, data, strings, shortcodes, tool, razor, urls);
        using var output = new OutputWriter(options.OutputFolder, inPlace: cache is not null);
        // Only a build without errors fills the cache: a page with an error must be checked again next time.
        var toCache = new System.Collections.Concurrent.ConcurrentBag<(string Path, BuildCache.CachedPage Page)>();
        var pages = new PageRenderer(page => views.Build(page, bodies[page].Parts) with
        {
            Embeds = embeds.SnippetsFor(page),
            PdfHref = pdfs.TryGetValue(page.OutputPath, out var pdf) ? urls.Between(page.OutputPath, pdf) : null,
        }, output, cache is null ? null : (result, html) =>
            toCache.Add(new BuildCache.CachedPage(fingerprints[result.Page], html, result.Ids, result.Fragments) is var entry ? (result.Page.OutputPath, entry) : default));
        var layoutWatch = System.Diagnostics.Stopwatch.StartNew();
        var results = (await pages.RenderAsync(fresh, bodies, diagnostics)).ToList();
        foreach (var (page, hit) in cached)
        {
            output.Write(page.OutputPath, hit!.Html);
            results.Add(new PageResult(page, hit.Ids, hit.Fragments));
        }

        log.WriteLine($"  {"apply layout",-20} {layoutWatch.Elapsed.TotalMilliseconds,7:0.0} ms  and check, {Environment.ProcessorCount} workers");

        phases.Run("check links", () => CheckFragments(results, diagnostics));
        StopOnErrors(diagnostics);

        var siteFiles = cache?.SiteFiles(siteFingerprint)
            ?? [.. await new SiteFiles(settings, site, strings, razor, options.ThemeFolder, ToolCssWriter.Write(logic, balanceIds), urls).CreateAsync(), .. await embeds.CreateAsync(diagnostics)];
        StopOnErrors(diagnostics);
        foreach (var file in siteFiles)
        {
            output.Write(file);
        }

        phases.Run("write", () => { output.Commit(); return output.Files; }, count => $"{count} files");
        cache?.StoreSiteFiles(siteFingerprint, siteFiles);
        foreach (var (path, page) in toCache)
        {
            cache?.Store(path, page);
        }

        return new BuildReport(
            languages.ToDictionary(l => l, l => site.Pages.Count(p => p.Language == l)),
            output.Files,
            output.Bytes,
            phases.Elapsed,
            pdfTargets,
            output.Leftovers);
    }

    /// <summary>How a body is written on its own page: with the page's strings, and as sheets on a page of sheets.</summary>
    private static RenderContext OwnPage(Page page, IReadOnlyDictionary<string, UiStrings> strings) =>
        new(strings[page.Language], Sheets: page.Meta.Layout == FrontMatter.SheetLayout);

    private string LanguageFolder(string language) => Path.Combine(options.InputFolder, language);

    private List<SourceFile> ReadSources(IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var sources = new List<SourceFile>();
        foreach (var language in languages)
        {
            var folder = LanguageFolder(language);
            if (!Directory.Exists(folder))
            {
                diagnostics.Report(DiagnosticCodes.MissingTranslation, new SourceSpan(InputReader.DisplayPath(folder), 1),
                    $"the {language} edition is missing; create the folder {InputReader.DisplayPath(folder)}");
                continue;
            }

            if (!InputFiles.IsInside(folder, options.InputFolder))
            {
                diagnostics.Report(DiagnosticCodes.NotARegularFile, new SourceSpan(InputReader.DisplayPath(folder), 1),
                    "this input cannot be read: it is a folder link that leads outside the input folder");
                continue;
            }

            var found = InputFiles.Find(folder, ".md", options.InputFolder, (path, problem) =>
                diagnostics.Report(DiagnosticCodes.NotARegularFile, new SourceSpan(InputReader.DisplayPath(path), 1),
                    $"this input cannot be read: {problem}; only regular files inside the input folder are read"));
            var paths = found
                .Select(path => (path, relative: Path.GetRelativePath(folder, path).Replace('\\', '/')))
                .Where(p => !p.relative.StartsWith(DataLoader.Folder + "/", StringComparison.Ordinal))
                .OrderBy(p => p.relative, StringComparer.Ordinal);
            sources.AddRange(paths.AsParallel().AsOrdered().Select(p => InputReader.Read(p.path, language, p.relative, diagnostics, options.InputFolder, InputReader.MaxPageBytes)).OfType<SourceFile>());
        }

        return sources;
    }

    private static void CheckFragments(IReadOnlyList<PageResult> results, DiagnosticBag diagnostics)
    {
        var idsByPath = results.ToDictionary(r => r.Page.OutputPath, r => r.Ids);
        foreach (var check in results.SelectMany(r => r.Fragments))
        {
            if (idsByPath.TryGetValue(check.TargetOutputPath, out var ids) && !ids.Contains(check.Fragment))
            {
                diagnostics.Report(DiagnosticCodes.BrokenFragment, check.Span,
                    $"the link goes to '#{check.Fragment}', but the page {check.TargetOutputPath} has no such heading or anchor");
            }
        }
    }

    private static void StopOnErrors(DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors)
        {
            throw new ContentErrorsException(diagnostics.ToSortedList());
        }
    }
}
