using System.Collections.Concurrent;
using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Localization;
using MaalMedMening.Generator.Markdown;
using MaalMedMening.Generator.Markdown.Shortcodes;
using MaalMedMening.Generator.Output;
using MaalMedMening.Generator.Pdf;
using MaalMedMening.Generator.Rendering;
using MaalMedMening.Generator.Tool;
using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>
/// The build, as a recipe of named, timed steps: read, parse, load data, route, check, render the pages, check
/// links, render the site's own files, write. Pages go to a staging folder as they are rendered; only the last step
/// replaces the output folder, and only when there were no errors.
/// </summary>
/// <param name="memory">What <c>serve</c> keeps between builds (see <see cref="BuildMemory"/>); null builds everything.</param>
public sealed class SiteBuilder(BuildOptions options, TextWriter log, BuildMemory? memory = null)
{
    /// <summary>The one Markdig pipeline: immutable, so the checks, the dates, the pages and every build share it.</summary>
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private readonly Markdig.MarkdownPipeline _pipeline = Pipeline;

    /// <summary>The input, read and checked: what every later step renders from.</summary>
    private sealed record SiteModel(
        SiteSettings Settings,
        SiteIndex Site,
        IReadOnlyDictionary<string, LanguageData> Data,
        IReadOnlyDictionary<string, UiStrings> Strings,
        LogicTable Logic,
        IReadOnlyList<string> BalanceIds,
        IReadOnlySet<string> Unparsed,
        LastModified Dates);

    /// <exception cref="ContentErrorsException">The input has errors; nothing was written.</exception>
    public async Task<BuildReport> BuildAsync()
    {
        var diagnostics = new DiagnosticBag();
        var steps = new PhaseLog(log);

        // git log is another process and the data files are read apart from the pages: both start now and run beside
        // reading the pages, on the other core (the phase lines then show only what is left to wait for).
        var commitDates = new CommitDatesCache(Path.Combine(BuildCacheFolder, "commit-dates.txt"));
        var gitDates = memory?.GitDates.GetAsync(options.InputFolder, commitDates) ?? Task.Run(() => LastModified.FromGit(options.InputFolder, commitDates));
        var settings = steps.Run("read settings", () => SettingsReader.Read(options.InputFolder, options.SiteUrl, diagnostics));
        // The settings name the languages, and so every folder read after them: without them there is nothing to read.
        StopOnErrors(diagnostics);
        var languages = settings!.Languages;
        var tables = new LanguageTables(languages, LanguageFolder, options.InputFolder, options.AllowMissingTranslations);
        var loadedData = Task.Run(() => memory is null ? tables.Load(diagnostics) : memory.Data.GetOrLoad(options.InputFolder, tables.Load, diagnostics));
        var parsed = new PageSources(options, memory?.Sources).ReadAndParse(steps, languages, diagnostics);
        // The theme's stylesheet needs nothing of the input: minified (or taken from the cache) on the other core while
        // this one checks the input. Its problems in a bag of its own, added at the minify step as before, so that whether
        // they come before the end of reading never depends on timing.
        var minified = new MinifyCache(MinifiedFolder);
        var themeProblems = new DiagnosticBag();
        var theme = Task.Run(() => ThemeAssets.Theme(options.ThemeFolder, themeProblems, minified));
        var dates = steps.Run("read dates", () => gitDates.GetAwaiter().GetResult(), d => $"{d.Count} files with a commit date");
        if (dates.Problem is { } gitProblem)
        {
            diagnostics.Warn(DiagnosticCodes.NoCommitDates, new SourceSpan(InputReader.DisplayPath(options.InputFolder), 1),
                $"pages show no last-updated date from git: {gitProblem}");
        }

        var (data, stringTables) = steps.Run("load data", () => loadedData.GetAwaiter().GetResult());
        var strings = stringTables.ToDictionary(t => t.Key, t => t.Value.Strings);
        var balanceIds = data[settings.DefaultLanguage].Balances.Select(b => b.Id).ToList();
        var rules = steps.Run("load tool rules", () => ToolRulesLoader.Load(options.InputFolder, balanceIds, diagnostics));
        // One mistake, one error: what the checks across files find after a file failed to read is held back.
        diagnostics.EndReading();
        var site = steps.Run("route", () => Route(settings, parsed, diagnostics));
        var input = new CheckedSite(settings, site, data, strings, options.InputFolder)
        {
            StringFiles = stringTables.Where(t => t.Value.File is not null).ToDictionary(t => t.Key, t => t.Value.File!),
            PagesAsDrafts = options.AllowMissingTranslations,
        };
        // With errors nothing is written, so the tool's CSS is left out rather than made from ids that may be the errors;
        // decided by what reading found, before the checks below run beside everything else.
        var readErrors = diagnostics.HasErrors;
        // Every page's view links its language's home page (the header, the breadcrumbs), so a language without one
        // cannot be rendered: stop with what the checks found rather than fail later on a missing page.
        var homeless = languages.Any(l => site.Home(l) is null);
        var logic = tables.Rules(rules ?? LogicTable.None);
        // Which UI strings a language needs follows what its pages show, so it is known once the shortcodes are. It
        // reads the routed site only, so it runs on the other core beside the checks across files (its line then
        // shows what is left to wait for); a site that cannot be rendered is checked first and stopped.
        var early = homeless ? null : SetUpShortcodes(settings, site, data, strings, logic);
        var stringsChecked = early is null ? null : Task.Run(() => CheckStrings(site, strings, early, diagnostics));
        // The checks across files only read the site and report into the bag, which sorts what it holds, and rendering
        // never waited for them (all errors are reported at once; nothing is written while there are any): they run beside
        // the rest of the build, and their line shows what is left to wait for once the pages are rendered.
        var checks = Task.Run(() => Check(input, rules, diagnostics));
        if (homeless)
        {
            await checks;
            StopOnErrors(diagnostics);
        }

        var shortcodes = early ?? SetUpShortcodes(settings, site, data, strings, logic);
        // Rendering needs no answer from the UI strings check either (a missing string renders as "[da] key"): like the
        // checks across files, it is waited for once the pages are rendered.
        stringsChecked ??= Task.Run(() => CheckStrings(site, strings, shortcodes, diagnostics));
        dates = steps.Run("date composite pages", () => dates.WithParts(CompositeParts.Of(site, shortcodes.Outlines, shortcodes.Registry, options.InputFolder)));
        var model = new SiteModel(settings, site, data, strings, logic, balanceIds, parsed.Unparsed, dates);
        await using var razor = new RazorRenderer();
        var toolCss = readErrors ? "" : ToolCssWriter.Write(model.Logic, model.BalanceIds);
        var assets = steps.Run("minify assets", () =>
        {
            var themeAssets = theme.GetAwaiter().GetResult();
            diagnostics.Include(themeProblems);
            return themeAssets.WithTool(toolCss, minified);
        }, a => a.StylesheetPath);
        var render = Prepare(model, shortcodes, razor, assets);
        using var output = OutputWriter.Open(options.OutputFolder, options.InPlace, options.Precompress, memory?.Written);
        // The site's own files show no page's body: made on a thread of their own while the pages render (on every core,
        // which the operating system then shares), rather than alone on one core after them. Their problems in a bag of
        // their own, added only where they were before, after the pages' and links' errors have stopped the build.
        var siteProblems = new DiagnosticBag();
        var siteFilesMade = Task.Factory.StartNew(() => SiteFilesAsync(model, render, razor, siteProblems),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        try
        {
            var results = await steps.RunAsync("render pages",
                () => Pages(render).RenderAsync(site.Pages, (page, html) => output.Write(page.Page.OutputPath, html), diagnostics),
                RenderSummary);
            await steps.RunAsync("check", () => checks);
            await steps.RunAsync("check strings", () => stringsChecked);
            steps.Run("check links", () =>
            {
                FragmentLinkCheck.Check(results, diagnostics);
                KeywordHeadingCheck.Check(results, diagnostics);
            });
            StopOnErrors(diagnostics);
        }
        catch
        {
            // They use the renderer this build disposes, and the checks serve's memory of the last build: the build ends
            // only once they are done.
            await Task.WhenAny(siteFilesMade);
            await Task.WhenAny(Task.WhenAll(checks, stringsChecked));
            throw;
        }

        var siteFiles = await steps.RunAsync("render site files", () => siteFilesMade, f => $"{f.Count} files");
        diagnostics.Include(siteProblems);
        StopOnErrors(diagnostics);
        steps.Run("write", () => Write(output, siteFiles), count => $"{count} files");

        return new BuildReport(
            languages.ToDictionary(l => l, l => site.Pages.Count(p => p.Language == l)),
            output.Files,
            output.Bytes,
            steps.Elapsed,
            render.PdfTargets,
            output.Leftovers,
            diagnostics.Warnings);
    }

    /// <summary>What earlier builds kept (minified stylesheets, git's commit dates): <c>.build/</c> beside the theme folder (git-ignored in the repository).</summary>
    private string BuildCacheFolder => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ThemeFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".build");

    /// <summary>The minified stylesheets of earlier builds.</summary>
    private string MinifiedFolder => Path.Combine(BuildCacheFolder, "minified");

    private string LanguageFolder(string language) => Path.Combine(options.InputFolder, language);

    /// <summary>The pages at their addresses; serve previews a language in progress with the default language's pages
    /// standing in for those it lacks (the checks tell stand-ins apart and report each missing page as a draft).</summary>
    private SiteIndex Route(SiteSettings settings, ParsedInput parsed, DiagnosticBag diagnostics) => WithStandIns(settings, Router.Route(settings.Languages, parsed.Files.Where(p => p.Parsed is not null)
                .Select(p => new Router.Unrouted(p.Source, p.Parsed!) { Spelling = settings.Spelling(p.Source.Language) }).ToList(),
            diagnostics, parsed.UnreadableLanguages));

    private SiteIndex WithStandIns(SiteSettings settings, SiteIndex site) => options.AllowMissingTranslations ? StandInPages.Add(site, settings.DefaultLanguage) : site;

    /// <summary>The checks across files, each in the one shape <c>Check(CheckedSite, DiagnosticBag)</c>; what a check needs
    /// beyond the site (the tool's rules, the parsed shortcodes) it is given when it is made.</summary>
    private void Check(CheckedSite input, LogicTable? rules, DiagnosticBag diagnostics)
    {
        Action<CheckedSite, DiagnosticBag>[] checks =
        [
            TranslationParity.Check,
            (s, d) => Placeholders.Check(s.Site.Pages.Where(p => p.StandInFrom is null), d, asDrafts: s.PagesAsDrafts),
            ReferenceCheck.Check,
            new CountCheck(GroupsShown, memory?.Counts).Check,
            new RuleCheck(rules).Check,
        ];
        // Each check only reads the site and reports into the bag, which sorts what it holds: they run side by side, one
        // at a time per core, as the number check alone takes most of the step.
        Parallel.ForEach(Partitioner.Create(checks, EnumerablePartitionerOptions.NoBuffering), check => check(input, diagnostics));
    }

    private void CheckStrings(SiteIndex site, IReadOnlyDictionary<string, UiStrings> strings, ShortcodeSetup shortcodes, DiagnosticBag diagnostics) =>
        StringsInUse.Check(site, strings, shortcodes.Outlines, shortcodes.Registry, LanguageFolder, diagnostics);

    /// <summary>Where each page shows a question group, read from its parsed shortcodes, for the number check.</summary>
    private IReadOnlyList<QuestionGroupShown> GroupsShown(Page page) =>
        ShortcodeCalls.Of(page.Body, _pipeline)
            .Select(call => (call.Line, Group: QuestionsShortcode.GroupOf(call)))
            .Where(c => c.Group is not null)
            .Select(c => new QuestionGroupShown(page.BodyLine + c.Line, c.Group!))
            .ToList();

    /// <summary>The shortcodes with what they read (links, the balance tool, other pages' outlines), made once the site
    /// is routed: the composite pages' dates ask them what each page reads, and the pages render with them.</summary>
    private sealed record ShortcodeSetup(RelativeUrls Urls, ToolViewBuilder Tool, ShortcodeContext Context, PageOutlines Outlines, ShortcodeRegistry Registry);

    private ShortcodeSetup SetUpShortcodes(SiteSettings settings, SiteIndex site, IReadOnlyDictionary<string, LanguageData> data,
        IReadOnlyDictionary<string, UiStrings> strings, LogicTable logic)
    {
        var urls = new RelativeUrls(options.ExplicitIndex);
        var tool = new ToolViewBuilder(logic, site, urls);
        var context = new ShortcodeContext(site, data, strings, urls);
        var outlines = new PageOutlines(_pipeline);
        return new ShortcodeSetup(urls, tool, context, outlines, SiteShortcodes.Register(tool, outlines, settings.AccessibilityStatementUrl).Build(context));
    }

    /// <summary>What rendering needs, made once: the render context, Markdown with the shortcodes, the page views,
    /// embed pages and the PDF plan (every page links to the stylesheet by its hashed name, so the assets are made before the pages).</summary>
    private sealed record RenderSetup(SiteRenderContext Context, MarkdownRenderer Markdown, PageViewBuilder Views, EmbedPages Embeds, IReadOnlyList<PdfPlan.Target> PdfTargets, ThemeAssets Assets);

    private RenderSetup Prepare(SiteModel model, ShortcodeSetup shortcodes, RazorRenderer razor, ThemeAssets assets)
    {
        var context = new SiteRenderContext(model.Settings, model.Site, model.Strings, model.Data, shortcodes.Urls,
            new ThemeLinks(assets.StylesheetPath, assets.PartStylesheets, assets.IconPath), model.Dates);
        var markdown = new MarkdownRenderer(_pipeline, new LinkResolver(model.Site, context.Urls, model.Unparsed), shortcodes.Registry);
        var embeds = new EmbedPages(context, shortcodes.Context, shortcodes.Tool, razor);
        var pdfTargets = PdfPlan.Targets(model.Site, _pipeline, model.Strings, model.Settings.SiteUrl);
        var pdfs = options.PdfLinks ? pdfTargets.ToDictionary(t => t.PageOutputPath, t => t.PdfPath) : [];
        return new RenderSetup(context, markdown, new PageViewBuilder(context, embeds, pdfs), embeds, pdfTargets, assets);
    }

    private IPageRenderer Pages(RenderSetup render)
    {
        var pages = new PageRenderer(render.Markdown, new BookletComposer(render.Context, render.Markdown), render.Views, render.Context.Strings);
        return memory?.WrapPages is { } wrap ? wrap(pages, render.Context.Dates) : pages;
    }

    private static string RenderSummary(IReadOnlyList<PageResult> results) =>
        results.Count(r => r.Reused) is var reused and > 0
            ? $"{results.Count - reused} changed, {reused} from the last build"
            : $"{results.Count} pages, {Environment.ProcessorCount} workers";

    /// <summary>The files of the site rather than of a page: chooser and 404 pages, sitemap, headers, assets, embed pages.</summary>
    private async Task<IReadOnlyList<OutputFile>> SiteFilesAsync(SiteModel model, RenderSetup render, RazorRenderer razor, DiagnosticBag diagnostics)
    {
        if (memory is null)
        {
            return await MakeSiteFilesAsync(model, render, razor, diagnostics);
        }

        var assets = $"{render.Assets.StylesheetPath} {string.Join(' ', render.Assets.PartStylesheets.Values.Order(StringComparer.Ordinal))} {render.Assets.IconPath}";
        return await memory.SiteFiles.GetOrMakeAsync(SiteFilesMemory.Key(options, model.Site.Pages, model.Dates, assets), async () =>
        {
            var before = diagnostics.Count;
            var files = await MakeSiteFilesAsync(model, render, razor, diagnostics);
            return (files, diagnostics.Count == before);
        });
    }

    private async Task<IReadOnlyList<OutputFile>> MakeSiteFilesAsync(SiteModel model, RenderSetup render, RazorRenderer razor, DiagnosticBag diagnostics)
    {
        List<OutputFile> files =
        [
            .. (await new SitePages(render.Context, render.Views, razor).CreateAsync()).Select(f => OutputFile.Text(f.Path, f.Html)),
            .. new SiteFiles(model.Settings, model.Site, render.Assets, model.Dates).Create(),
            .. (await render.Embeds.CreateAsync(diagnostics)).Select(f => OutputFile.Text(f.Path, f.Html)),
        ];

        // The headers name every file of the site's own, so they are made last.
        files.Add(SecurityHeaders.Write(model.Settings.SiteUrl, model.Site.Languages, EmbedPages.Folder, files.Select(f => f.Path)));
        return files;
    }

    private static int Write(OutputWriter output, IReadOnlyList<OutputFile> siteFiles)
    {
        foreach (var file in siteFiles)
        {
            output.Write(file);
        }

        output.Commit();
        return output.Files;
    }

    private static void StopOnErrors(DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors)
        {
            throw new ContentErrorsException(diagnostics.ToSortedList(), diagnostics.HeldBack());
        }
    }
}
