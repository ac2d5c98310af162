namespace MaalMedMening.Generator.Content;

/// <summary>The front-matter field names, as authors write them.</summary>
public static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Description = "description";
    public const string TranslationKey = "translationKey";
    public const string Weight = "weight";
    public const string Slug = "slug";
    public const string Balance = "balance";
    public const string Balances = "balances";
    public const string Layout = "layout";
    public const string Embeds = "embeds";
    public const string SeeAlso = "seeAlso";
    public const string LastMod = "lastmod";
    public const string Keywords = "keywords";
    public const string MenuTitle = "menuTitle";
    public const string Credit = "credit";
    public const string Pdf = "pdf";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Title, Description, TranslationKey, Weight, Slug, Balance, Balances, Layout, Embeds, SeeAlso, LastMod, Keywords, MenuTitle, Credit, Pdf,
    };
}
