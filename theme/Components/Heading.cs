using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MaalMedMening.Theme.Components;

/// <summary>A heading whose level is known only when rendering: a component's headings go one level down inside a whole-booklet chapter.</summary>
public sealed class Heading : ComponentBase
{
    [Parameter, EditorRequired] public int Level { get; set; }

    [Parameter] public string? Id { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h" + Math.Clamp(Level, 1, 6).ToString(CultureInfo.InvariantCulture));
        builder.AddAttribute(1, "id", Id);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
