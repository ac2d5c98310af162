using MaalMedMening.Generator.Cli;
using MaalMedMening.Generator.Pipeline;

namespace MaalMedMening.Site.BrowserTests.Support;

/// <summary>
/// The site as a webmaster hosts it: built with --precompress for http://127.0.0.1:PORT/maalmedmening/ and served
/// by nginx with the repository's deploy/nginx/maalmedmening.conf, its /was line uncommented.
/// </summary>
public sealed class HostingFixture : IAsyncLifetime
{
    public const string SubPath = "/maalmedmening/";
    public const string WasLine = "# location = /was {";

    private readonly TempFolder _output = new();
    private NginxHost? _nginx;

    public string OutputFolder => _output.Path;

    /// <summary>The files the build wrote (site-relative), listed before any test adds one of its own.</summary>
    public IReadOnlyList<string> BuiltFiles { get; private set; } = [];

    public NginxHost Nginx => _nginx!;

    /// <summary>The site's address, ending in a slash.</summary>
    public string SiteUrl => Nginx.BaseUrl + SubPath;

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = System.Net.DecompressionMethods.None });

    public async Task InitializeAsync()
    {
        var port = NginxHost.FreePort();
        var errors = new StringWriter();
        var options = new BuildOptions(RepoPaths.Input, _output.Path, RepoPaths.Theme, new Uri($"http://127.0.0.1:{port}{SubPath}")) { Precompress = true };
        if (await BuildCommand.RunAsync(options, TextWriter.Null, errors) != 0)
        {
            throw new InvalidOperationException("the site did not build:\n" + errors);
        }

        BuiltFiles = Directory.EnumerateFiles(_output.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_output.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        _nginx = await NginxHost.StartAsync(_output.Path, port, config => config.Replace(WasLine, "location = /was {", StringComparison.Ordinal));
    }

    /// <summary>GET, without following redirects, optionally asking for gzip.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, bool gzip = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Nginx.BaseUrl + path);
        if (gzip)
        {
            request.Headers.AcceptEncoding.ParseAdd("gzip");
        }

        var response = await Http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public Task DisposeAsync()
    {
        Http.Dispose();
        _nginx?.Dispose();
        _output.Dispose();
        return Task.CompletedTask;
    }
}
