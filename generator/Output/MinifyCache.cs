using System.Text;

namespace MaalMedMening.Generator.Output;

/// <summary>
/// Minified stylesheets kept between builds, one file each, named after the <see cref="ContentHash"/> of the source and of the
/// minifier's version: the same source gives back the very bytes the minifier gave it the first time, so the output
/// stays deterministic, and the 15–20 ms NUglify takes per build is spent only when the CSS changed. A cache that
/// cannot be read or written is no error: the CSS is then minified as before.
/// </summary>
/// <param name="folder">Where the files live (e.g. <c>.build/minified/</c>, git-ignored); null keeps nothing.</param>
public sealed class MinifyCache(string? folder)
{
    // A new NUglify may minify differently: its version is part of every key.
    private static readonly string MinifierVersion = typeof(NUglify.Uglify).Assembly.GetName().Version?.ToString() ?? "";

    /// <summary>The minified CSS of <paramref name="source"/>: from the cache, or from <paramref name="minify"/>, which
    /// returns null when the CSS had errors (reported by it, and so never cached, to be reported again next time).</summary>
    public string Get(string source, Func<string, string?> minify)
    {
        var path = folder is null ? null : Path.Combine(folder, Key(source) + ".css");
        if (path is not null && TryRead(path) is { } cached)
        {
            return cached;
        }

        var minified = minify(source);
        if (minified is null)
        {
            return "";
        }

        if (path is not null)
        {
            TryWrite(path, minified);
        }

        return minified;
    }

    private static string Key(string source) =>
        ContentHash.Of(MinifierVersion + "\n" + source);

    private static string? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Written beside and renamed, so that a build running at the same time never reads half a file.
    private static void TryWrite(string path, string minified)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(temporary, minified, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing left to do: the cache is only a shortcut.
            }
        }
    }
}
