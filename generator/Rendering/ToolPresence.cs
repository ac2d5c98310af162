using MaalMedMening.Theme.Models;

namespace MaalMedMening.Generator.Rendering;

/// <summary>Whether a body shows the balance tool, anywhere in its sheets or chapters: only such a page links the tool's stylesheet.</summary>
public static class ToolPresence
{
    public static bool In(IReadOnlyList<BodyPart> body) => body.Any(part => part switch
    {
        ToolPart => true,
        SheetPart sheet => In(sheet.Parts),
        BookletPart booklet => booklet.Chapters.Any(chapter => In(chapter.Body)),
        _ => false,
    });
}
