using Markdig;
using MaalMedMening.Generator.Markdown.Extensions.HeadingIds;
using MaalMedMening.Generator.Markdown.Shortcodes;

namespace MaalMedMening.Generator.Markdown;

/// <summary>The one Markdig pipeline of the site. Immutable and thread-safe, so it is built once and shared.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            // ^^^ … ^^^ caption: a figure with its caption, so that a caption never stands apart from what it captions.
            .UseFigures()
            .Use<ShortcodeExtension>()
            .UsePreciseSourceLocation()
            // Must be last: it attaches attributes to what the other extensions produced.
            .UseGenericAttributes();
        builder.DocumentProcessed += ShortHeadingIds.Apply;
        return builder.Build();
    }
}
