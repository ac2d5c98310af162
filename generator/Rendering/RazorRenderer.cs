using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MaalMedMening.Generator.Rendering;

/// <summary>Renders the theme's Razor components to HTML strings outside ASP.NET, with Blazor's <see cref="HtmlRenderer"/>.</summary>
public sealed class RazorRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public RazorRenderer()
    {
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton<HtmlEncoder>(OutputHtmlEncoder.Instance)
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    // The annotation is what HtmlRenderer asks of a component type: it keeps the component's [Parameter] properties
    // in a trimmed (Native AOT) binary, where the renderer sets them by reflection.
    public Task<string> RenderAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(string parameterName, object model)
        where TComponent : IComponent =>
        // The renderer's dispatcher is single-threaded; every call must go through it.
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [parameterName] = model });
            var output = await _renderer.RenderComponentAsync<TComponent>(parameters);
            return output.ToHtmlString();
        });

    /// <summary>A whole page written straight into <paramref name="output"/>, ending with a line break as every text file does.</summary>
    public Task RenderPageAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(string parameterName, object model, TextWriter output)
        where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [parameterName] = model });
            var rendered = await _renderer.RenderComponentAsync<TComponent>(parameters);
            rendered.WriteHtmlTo(output);
            output.Write('\n');
        });

    /// <summary>A whole page, ending with a line break as every text file does.</summary>
    public async Task<string> RenderPageAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(string parameterName, object model)
        where TComponent : IComponent =>
        await RenderAsync<TComponent>(parameterName, model) + "\n";

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
