namespace MaalMedMening.Generator.Pipeline;

/// <summary>What to build from where.</summary>
/// <param name="ThemeFolder">Holds <c>assets/</c> (the stylesheet); the Razor templates are compiled in.</param>
/// <param name="SiteUrl">Overrides <c>siteUrl</c> of site.yml (e.g. https://example.dk/maalmedmening/).</param>
/// <param name="ExplicitIndex">Write links as <c>…/index.html</c> so that the site also works opened from disk.</param>
/// <param name="Precompress">Write a .gz and a .br copy beside every text file (<c>build --precompress</c>).</param>
/// <param name="PdfLinks">Link pages to their PDFs (set by the <c>pdf</c> command, which then makes them).</param>
/// <param name="AllowMissingTranslations">Build a page whose twin is missing, with a warning and a note on the page (<c>serve</c>'s drafts), and preview a language in progress with what it lacks taken from the default language (<see cref="LanguageTables"/>, <see cref="Content.StandInPages"/>); <c>build</c> keeps each an error.</param>
/// <param name="InPlace">Rewrite changed files in the output folder instead of replacing it whole (<c>serve</c>, whose server keeps serving that folder); a failure can then leave a mix of old and new files.</param>
public sealed record BuildOptions(string InputFolder, string OutputFolder, string ThemeFolder, Uri? SiteUrl = null, bool ExplicitIndex = false, bool PdfLinks = false, bool InPlace = false, bool Precompress = false, bool AllowMissingTranslations = false);
