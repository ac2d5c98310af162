using System.Buffers;
using System.Text;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Content;

/// <summary>Reads input files strictly: text must be UTF-8; a BOM and CRLF line endings are accepted and normalised.</summary>
public static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The largest page read: pages of 5 MB build in seconds; beyond this, a file is a mistake, not a chapter.</summary>
    public const long MaxPageBytes = 8 * 1024 * 1024;

    /// <summary>The largest settings, strings or data file read: the site's are a few kB, and YAML is slow to parse.</summary>
    public const long MaxDataBytes = 1024 * 1024;

    /// <param name="inputFolder">The input folder the file must really be inside (links followed); null skips that check.</param>
    /// <param name="foundInside">The file was found by walking folders inside <paramref name="inputFolder"/>
    /// (<see cref="InputFiles.Find"/>): if it is no link, it is inside, and one lstat checks it (see <see cref="InputFiles.PlainFileLength"/>).</param>
    public static SourceFile? Read(string fullPath, string language, string relativePath, DiagnosticBag diagnostics,
        string? inputFolder = null, long maxBytes = MaxDataBytes, bool foundInside = false)
    {
        var display = DisplayPath(fullPath);
        var length = foundInside ? InputFiles.PlainFileLength(fullPath) : null;
        if (length is null && InputFiles.Problem(fullPath, inputFolder) is { } problem)
        {
            diagnostics.Report(DiagnosticCodes.NotARegularFile, new SourceSpan(display, 1),
                $"this input cannot be read: {problem}; only regular files inside the input folder are read");
            return null;
        }

        var size = length ?? new FileInfo(fullPath).Length;
        if (size > maxBytes)
        {
            diagnostics.Report(DiagnosticCodes.FileTooLarge, new SourceSpan(display, 1),
                $"the file is larger than {maxBytes / (1024 * 1024)} MiB, the limit for this kind of file; split it up");
            return null;
        }

        // The bytes go to a pooled buffer: only the text is kept, and a new array for each file's bytes was 30 of the
        // 860 MiB a 4,000-page build allocated.
        var buffer = ArrayPool<byte>.Shared.Rent((int)size + 1);
        try
        {
            int read;
            try
            {
                read = ReadAll(fullPath, ref buffer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(DiagnosticCodes.NotARegularFile, new SourceSpan(display, 1), $"the file cannot be read: {e.Message}");
                return null;
            }

            var bytes = buffer.AsSpan(0, read);
            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var line = 1 + bytes[..Math.Max(0, e.Index)].Count((byte)'\n');
                diagnostics.Report(DiagnosticCodes.InvalidEncoding, new SourceSpan(display, line),
                    "the file is not valid UTF-8; save it as UTF-8");
                return null;
            }

            return new SourceFile(fullPath, display, language, relativePath, Normalised(text, display, diagnostics));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The whole file into <paramref name="buffer"/> (a larger pooled one if it has grown since it was measured); the bytes read.</summary>
    private static int ReadAll(string fullPath, ref byte[] buffer)
    {
        using var handle = File.OpenHandle(fullPath);
        var read = 0;
        while (RandomAccess.Read(handle, buffer.AsSpan(read), read) is var n and > 0)
        {
            read += n;
            if (read == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, read).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return read;
    }

    /// <summary>Without a BOM, with line feeds only, and without control characters (each reported).</summary>
    private static string Normalised(string text, string display, DiagnosticBag diagnostics)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return WithoutControls(text, display, diagnostics);
    }

    /// <summary>
    /// A control character other than tab and line break has no place in a text file and would reach the pages (a NUL
    /// in a title) or the terminal (an ESC that clears the screen): each line with one is an error, and the characters
    /// are dropped so that nothing read later sees them.
    /// </summary>
    private static string WithoutControls(string text, string display, DiagnosticBag diagnostics)
    {
        if (!HasForbidden(text))
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Any(IsForbidden))
            {
                diagnostics.Report(DiagnosticCodes.ControlCharacter, new SourceSpan(display, i + 1), ControlMessage(lines[i].First(IsForbidden)));
                lines[i] = string.Concat(lines[i].Where(ch => !IsForbidden(ch)));
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>A control character that text may not hold: any but tab and line feed.</summary>
    public static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\t' or '\n');

    // The same characters searched a whole text at once (vectorised) rather than a char at a time: the ASCII ones as a
    // set, the C1 block (U+007F–U+009F) as a range. One set of all of them is not ASCII, and .NET searches such a set
    // with a probabilistic map about ten times slower: at 4,000 pages that was 5 % of the build's CPU.
    private static readonly SearchValues<char> ForbiddenAscii =
        SearchValues.Create(Enumerable.Range(0, 0x7F).Select(i => (char)i).Where(IsForbidden).ToArray());

    /// <summary>Whether <paramref name="text"/> holds a character <see cref="IsForbidden"/> refuses.</summary>
    public static bool HasForbidden(ReadOnlySpan<char> text) => text.ContainsAny(ForbiddenAscii) || text.ContainsAnyInRange('\u007F', '\u009F');

    /// <summary>The message for a control character found in text, naming it by its code.</summary>
    public static string ControlMessage(char c) =>
        $"the control character U+{(int)c:X4} is in the text here: it cannot be shown on a page, so delete it (it may have come with text pasted from another program)";

    /// <summary>The path as an author would type it: relative to the working folder when the file is below it.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative)
            .Replace('\\', '/');
    }
}
