using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace MaalMedMening.Generator.Markdown.Extensions.Tables;

/// <summary>
/// Writes a Markdown table that fits a phone: each data cell carries its column's heading in <c>data-label</c>, which
/// the stylesheet shows before the cell when a narrow screen stacks the rows (the Danish design system's responsive
/// table). Stacking changes the elements' display; Chromium keeps the table's semantics all the same (the browser tests
/// read its accessibility tree), and the table states <c>role="table"</c> for browsers that would drop it. Its rows and
/// cells cannot state theirs: HTML forbids a role on them inside a table. Written once, in its final shape.
/// </summary>
public sealed class StackedTableRenderer(MarkdownPipeline pipeline) : HtmlObjectRenderer<Table>
{
    public const string TableClass = "stack";

    protected override void Write(MarkdigHtmlRenderer renderer, Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var labels = rows.FirstOrDefault(r => r.IsHeader) is { } header
            ? header.OfType<TableCell>().Select(PlainText).ToList()
            : [];

        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).Write($" class=\"{TableClass}\" role=\"table\">").WriteLine();
        var inHead = false;
        var inBody = false;
        foreach (var row in rows)
        {
            if (row.IsHeader && !inHead)
            {
                renderer.WriteLine("<thead>");
                inHead = true;
            }
            else if (!row.IsHeader && !inBody)
            {
                if (inHead)
                {
                    renderer.WriteLine("</thead>");
                    inHead = false;
                }

                renderer.WriteLine("<tbody>");
                inBody = true;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var label = column < labels.Count ? labels[column] : "";
                column += Math.Max(1, cell.ColumnSpan);
                renderer.Write(row.IsHeader ? "<th scope=\"col\"" : "<td");
                if (!row.IsHeader && label.Length > 0)
                {
                    renderer.Write(" data-label=\"").Write(HtmlText.EscapeAttribute(label)).Write('"');
                }

                if (cell.ColumnSpan > 1)
                {
                    renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
                }

                renderer.WriteAttributes(cell).Write('>');
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = true;
                renderer.Write(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
            }

            renderer.WriteLine("</tr>");
        }

        renderer.WriteLine(inHead ? "</thead>" : inBody ? "</tbody>" : "");
        renderer.WriteLine("</table>");
    }

    // The heading as a reader sees it, for the label: emphasis and links dropped.
    private string PlainText(TableCell cell)
    {
        using var text = new StringWriter();
        var plain = new MarkdigHtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(plain);
        foreach (var leaf in cell.Descendants<LeafBlock>())
        {
            plain.WriteLeafInline(leaf);
        }

        return text.ToString().Trim();
    }
}
