using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace MaalMedMening.Generator.Serving;

/// <summary>
/// What the preview server answers before the static files: the reload script, the build's event stream
/// (Server-Sent Events: one <c>data:</c> line with the version on connecting and after every build), and every HTML
/// page, with the script added, or the error page while the last build failed. Other files are served as they are.
/// </summary>
public static class PreviewEndpoints
{
    public static void Use(IApplicationBuilder app, string folder, PreviewState state)
    {
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        var stopping = app.ApplicationServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (path == PreviewHtml.ScriptPath)
            {
                await Send(context, "text/javascript; charset=utf-8", PreviewHtml.Script);
            }
            else if (path == PreviewHtml.EventsPath)
            {
                await StreamEvents(context, state, stopping);
            }
            else if (IsPage(path) && state.Problems is { Count: > 0 } problems)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await Send(context, "text/html; charset=utf-8", PreviewHtml.ErrorPage(problems, state.Version, state.Title));
            }
            else if (IsPage(path) && files.GetFileInfo(path.EndsWith('/') ? path + "index.html" : path) is { Exists: true, IsDirectory: false } page)
            {
                // The version is read before the file: a build in between makes one needless reload, never a stale page.
                var version = state.Version;
                using var reader = new StreamReader(page.CreateReadStream(), Encoding.UTF8);
                await Send(context, "text/html; charset=utf-8", PreviewHtml.Inject(await reader.ReadToEndAsync(), version));
            }
            else
            {
                await next();
            }
        });
    }

    // Pages are addressed by folder (…/) or by file (…/index.html, with --file-links); the host redirects a folder
    // without its slash to …/, which then lands here.
    private static bool IsPage(string path) =>
        path.EndsWith('/') || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    private static async Task Send(HttpContext context, string type, string text)
    {
        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(text);
    }

    private static async Task StreamEvents(HttpContext context, PreviewState state, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            while (true)
            {
                var version = state.Version;
                await context.Response.WriteAsync($"retry: 500\ndata: {version}\n\n", cancel.Token);
                await context.Response.Body.FlushAsync(cancel.Token);
                await state.ChangedSinceAsync(version, cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server stops: the stream simply ends.
        }
    }
}
