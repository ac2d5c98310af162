using MaalMedMening.Generator.Content;
using MaalMedMening.Generator.Diagnostics;

namespace MaalMedMening.Generator.Tests.Content;

/// <summary>YAML syntax errors are reported at their line with a hint that says how to fix the common mistakes.</summary>
public sealed class YamlErrorHintTests
{
    private static Diagnostic ParseError(string yaml, int firstLine = 1)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile("/x/input/da/data/a.yml", "input/da/data/a.yml", "da", "data/a.yml", yaml);
        Assert.False(YamlReader.TryParse(yaml, file, firstLine, diagnostics, out _));
        return Assert.Single(diagnostics.ToSortedList());
    }

    [Fact]
    public void Should_Tell_To_Quote_A_Value_With_An_Unquoted_Colon_At_Its_Line()
    {
        // Given a value that holds ': ' without quotes, on the third line
        var yaml = "title: Oversigt\ntranslationKey: overview\ndescription: Oversigt: de fire balancer\n";

        // When it is parsed
        var error = ParseError(yaml);

        // Then the error is at that line and shows the line with the value quoted
        Assert.Equal((DiagnosticCodes.InvalidYaml, 3), (error.Code, error.Span.Line));
        Assert.Contains("quote the value: description: \"Oversigt: de fire balancer\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Quote_The_Value_Of_A_List_Item_With_An_Unquoted_Colon()
    {
        // Given a data item whose text holds ': '
        var error = ParseError("- id: a\n  text: Spørgsmål: hvad nu?\n");

        // Then the hint quotes the item's value
        Assert.Equal((DiagnosticCodes.InvalidYaml, 2), (error.Code, error.Span.Line));
        Assert.Contains("text: \"Spørgsmål: hvad nu?\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Tell_To_Quote_A_Value_That_Starts_With_A_Star()
    {
        // Given a description that starts with Markdown emphasis, which YAML reads as an alias
        var error = ParseError("title: T\ndescription: *Mål med mening* er et hæfte\n");

        // Then the hint quotes it, at its line
        Assert.Equal((DiagnosticCodes.InvalidYaml, 2), (error.Code, error.Span.Line));
        Assert.Contains("starts with '*'", error.Message, StringComparison.Ordinal);
        Assert.Contains("quote the value: description: \"*Mål med mening* er et hæfte\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Count_Lines_From_Where_The_Front_Matter_Starts()
    {
        // Given front matter that starts at line 2 of its page, with the colon on its second line
        var error = ParseError("title: T\ndescription: Se her: nu\n", firstLine: 2);

        // Then the line is the page's line
        Assert.Equal(3, error.Span.Line);
    }

    [Fact]
    public void Should_Explain_Wrong_Indentation()
    {
        // Given a key indented more than the one before it
        var error = ParseError("- id: a\n  group: overall\n   text: Hvad\n");

        // Then the message speaks of indentation, at the line
        Assert.Equal((DiagnosticCodes.InvalidYaml, 3), (error.Code, error.Span.Line));
        Assert.Contains("indentation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Explain_A_Key_Indented_Less_Than_Its_Set()
    {
        // Given a list item's key that falls out of its item's column
        var error = ParseError("- id: a\n  group: overall\n text: Hvad\n");

        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Contains("indentation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Explain_An_Unclosed_Quote()
    {
        // Given a value whose quote is never closed
        var error = ParseError("title: \"Forord\ndescription: Kort.\nweight: 1\n");

        // Then the message says a quote is not closed
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Contains("quote is not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Tab_Used_For_Indentation_At_Its_Line()
    {
        // Given a nested key indented with a tab
        var error = ParseError("- id: a\n\tgroup: overall\n");

        // Then it is MM004 at that line, with what to do
        Assert.Equal((DiagnosticCodes.TabInYaml, 2), (error.Code, error.Span.Line));
        Assert.Contains("replace the tab with spaces", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Not_Call_A_Quoted_Value_With_A_Colon_An_Error()
    {
        // Given the fix the hint proposes
        var diagnostics = new DiagnosticBag();
        var yaml = "description: \"Oversigt: de fire balancer\"\n";
        var file = new SourceFile("/x/a.yml", "a.yml", "da", "a.yml", yaml);

        // Then it parses
        Assert.True(YamlReader.TryParse(yaml, file, 1, diagnostics, out _));
    }
}
