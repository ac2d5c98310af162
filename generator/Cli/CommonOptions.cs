using System.CommandLine;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Generator.Cli;

/// <summary>The options every command that builds shares.</summary>
public sealed class CommonOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "The content folder", DefaultValueFactory = _ => "input" };

    public Option<string> Output { get; } = new("--output") { Description = "Where the site is written", DefaultValueFactory = _ => "output" };

    public Option<string> Theme { get; } = new("--theme") { Description = "The theme folder (its assets/)", DefaultValueFactory = _ => "theme" };

    public Option<Uri?> SiteUrl { get; } = new("--site-url")
    {
        Description = "The absolute address the site is published at, e.g. https://example.org/guide/",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }

            result.AddError($"--site-url must be an absolute http(s) address, not '{text}'");
            return null;
        },
    };

    public Option<bool> FileLinks { get; } = new("--file-links") { Description = "Write links as …/index.html so the site also works opened from disk" };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.Options.Add(Theme);
        command.Options.Add(SiteUrl);
        command.Options.Add(FileLinks);
    }

    public BuildOptions Read(ParseResult result) => new(
        result.GetValue(Input)!,
        result.GetValue(Output)!,
        result.GetValue(Theme)!,
        result.GetValue(SiteUrl),
        result.GetValue(FileLinks));
}
