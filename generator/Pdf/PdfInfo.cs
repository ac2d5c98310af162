using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MaalMedMening.Generator.Pdf;

/// <summary>
/// The document information a printed PDF carries (what a PDF reader shows under "Properties"). Chromium writes its
/// own: the page's title, its user-agent string as Creator. This replaces them with the booklet's own by an
/// incremental update (PDF 1.7, 7.5.6): a new information dictionary and a short cross-reference section appended to
/// the file, the printed bytes left as they are.
/// </summary>
public sealed partial record PdfInfo(string Title, string Subject, string Author, string Creator, string Producer)
{
    /// <summary>The generator's own name and version, as the Creator of every PDF it prints.</summary>
    public static string GeneratorName
    {
        get
        {
            var assembly = typeof(PdfInfo).Assembly;
            var version = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(assembly)?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "0";
            // The commit after '+' is build metadata, not the version a reader needs.
            return $"{assembly.GetName().Name} {version.Split('+')[0]}";
        }
    }

    /// <summary>Appends this information to <paramref name="pdf"/>, which must end in a classic cross-reference table and trailer (as Chromium's Skia writes them).</summary>
    /// <exception cref="InvalidDataException">The PDF does not end as expected, so it cannot be updated safely.</exception>
    public byte[] AppendTo(byte[] pdf)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(pdf.Length, 1024));
        var trailer = Trailer().Matches(tail).LastOrDefault();
        var startXref = StartXref().Matches(tail).LastOrDefault();
        if (trailer is null || startXref is null)
        {
            throw new InvalidDataException("the printed PDF has no classic trailer to update; its document information was left as Chromium wrote it");
        }

        var size = int.Parse(trailer.Groups["size"].Value, CultureInfo.InvariantCulture);
        var info = trailer.Groups["info"].Success ? trailer.Groups["info"].Value : null;
        // Chromium's own information object is replaced where there is one, else a new object is added.
        var (number, newSize) = info is null ? (size, size + 1) : (int.Parse(info, CultureInfo.InvariantCulture), size);
        var root = trailer.Groups["root"].Value;

        var update = new StringBuilder();
        var prefix = pdf[^1] == '\n' ? "" : "\n";
        var objectOffset = pdf.Length + prefix.Length;
        update.Append(prefix);
        update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n<</Title {Text(Title)}\n/Subject {Text(Subject)}\n/Author {Text(Author)}\n/Creator {Text(Creator)}\n/Producer {Text(Producer)}>>\nendobj\n");
        var xrefOffset = objectOffset + Encoding.Latin1.GetByteCount(update.ToString()) - prefix.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{number} 1\n{objectOffset:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {newSize}\n/Root {root} R\n/Info {number} 0 R\n/Prev {startXref.Groups[1].Value}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    // A text string as UTF-16BE with its byte-order mark, in hex: safe for any character and needs no escaping.
    private static string Text(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    [GeneratedRegex(@"trailer\s*<<(?=[^>]*/Size\s+(?<size>\d+))(?=[^>]*/Root\s+(?<root>\d+\s+\d+)\s+R)(?:(?=[^>]*/Info\s+(?<info>\d+)\s+0\s+R))?")]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();
}
