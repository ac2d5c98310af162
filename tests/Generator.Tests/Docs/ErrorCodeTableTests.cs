using System.Reflection;
using System.Text.RegularExpressions;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;

namespace MaalMedMening.Generator.Tests.Docs;

/// <summary>The editors' guide explains every error code the generator has, and no other (issue #16).</summary>
public sealed partial class ErrorCodeTableTests
{
    [Fact]
    public void Should_Explain_Exactly_The_Codes_Of_DiagnosticCodes_In_The_Editors_Guide()
    {
        // Given the codes in the generator and the rows of the guide's table of codes
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var rows = Row().Matches(File.ReadAllText(Path.Combine(RepoPaths.Input, "README.md")))
            .Select(m => m.Groups[1].Value)
            .ToList();

        // Then each code has one row, in order, each with a meaning
        Assert.NotEmpty(codes);
        Assert.Equal(codes, rows);
    }

    // A row of the table: | MM012 | a page or data item has no twin … |
    [GeneratedRegex(@"^\| (MM\d{3}) \| \S[^|]*\|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
