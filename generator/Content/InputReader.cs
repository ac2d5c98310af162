using System.Text;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>Reads input files strictly: text must be UTF-8; a BOM and CRLF line endings are accepted and normalised.</summary>
public static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Read(string fullPath, string language, string relativePath, DiagnosticBag diagnostics)
    {
        var display = DisplayPath(fullPath);
        var bytes = File.ReadAllBytes(fullPath);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(0, Math.Max(0, e.Index)).Count((byte)'\n');
            diagnostics.Report(DiagnosticCodes.InvalidEncoding, new SourceSpan(display, line),
                "the file is not valid UTF-8; save it as UTF-8");
            return null;
        }

        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return new SourceFile(fullPath, display, language, relativePath, text);
    }

    /// <summary>The path as an author would type it: relative to the working folder when the file is below it.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative)
            .Replace('\\', '/');
    }
}
