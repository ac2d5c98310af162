using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>Serves a built site on 127.0.0.1 (a free port), optionally under a sub-path as a host like arbejdsmiljoweb would.</summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The address of the site's root, ending in a slash.</summary>
    public string BaseUrl { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder, string pathBase = "")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.UsePathBase(pathBase);
        app.Use(async (context, next) =>
        {
            // Anything outside the sub-path does not exist on this host.
            if (pathBase.Length > 0 && !context.Request.PathBase.HasValue)
            {
                context.Response.StatusCode = 404;
                return;
            }

            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, $"{address}{pathBase}/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
