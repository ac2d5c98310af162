using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MaalMedMening.Generator.Serving;

/// <summary>The built site served by Kestrel on 127.0.0.1: for the preview, for printing PDFs, and for the browser tests.</summary>
public sealed class StaticFileHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticFileHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The site root's address, ending in a slash.</summary>
    public string BaseUrl { get; }

    /// <param name="port">0 for any free port.</param>
    /// <param name="pathBase">Serve the site below this path (e.g. "/maalmedmening"), as a host that embeds the guide would.</param>
    /// <param name="before">Answers requests before the static files (<c>serve</c>'s reload script and error page).</param>
    public static async Task<StaticFileHost> StartAsync(string folder, int port, string pathBase = "", Action<IApplicationBuilder>? before = null)
    {
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // The output folder is replaced whole on each build, so files are looked up by path on every request.
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        app.Use(async (context, next) =>
        {
            if (RequestGuard.Refusal(context.Request.Method, context.Request.Host.Value, context.Connection.LocalPort) is { } refusal)
            {
                context.Response.StatusCode = refusal.Status;
                if (refusal.Status == StatusCodes.Status405MethodNotAllowed)
                {
                    context.Response.Headers.Allow = "GET, HEAD";
                }

                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(refusal.Reason);
                return;
            }

            await next();
        });
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
        before?.Invoke(app);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-store",
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticFileHost(app, address.TrimEnd('/') + pathBase + "/");
    }

    public Task WaitForShutdownAsync(CancellationToken cancel) => _app.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
