using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MaalMedMening.Tests.Support;

/// <summary>
/// Debian's nginx on 127.0.0.1, with its own prefix, temp folders and a minimal nginx.conf whose one <c>server</c>
/// block sets a header of its own (HSTS, as a host would) and includes deploy/nginx/maalmedmening.conf with only
/// the site's folder adapted. Stopped by its own process id.
/// </summary>
public sealed class NginxHost : IDisposable
{
    public const string HostHeader = "Strict-Transport-Security";
    public const string HostHeaderValue = "max-age=63072000";
    public const string DeployedFolder = "/srv/maalmedmening/output";

    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly TempFolder _prefix;

    private NginxHost(Process process, TempFolder prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Port = port;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public static string Executable =>
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("nginx is not installed; ./test.sh installs it (apt-get install nginx)");

    public static string RepositoryConfig => Path.Combine(RepoPaths.Root, "deploy", "nginx", "maalmedmening.conf");

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <param name="adapt">What the host changes in the repository's file besides the folder (e.g. uncommenting /was).</param>
    public static async Task<NginxHost> StartAsync(string siteFolder, int port, Func<string, string>? adapt = null)
    {
        var prefix = new TempFolder();
        var config = (await File.ReadAllTextAsync(RepositoryConfig)).Replace(DeployedFolder, siteFolder.TrimEnd('/'), StringComparison.Ordinal);
        config = adapt?.Invoke(config) ?? config;
        var site = Path.Combine(prefix.Path, "maalmedmening.conf");
        await File.WriteAllTextAsync(site, config);
        var temp = Path.Combine(prefix.Path, "temp");
        Directory.CreateDirectory(temp);
        var main = Path.Combine(prefix.Path, "nginx.conf");
        await File.WriteAllTextAsync(main, $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            daemon off;
            master_process on;
            worker_processes 1;
            pid {{prefix.Path}}/nginx.pid;
            error_log {{prefix.Path}}/error.log warn;
            events { worker_connections 128; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                server {
                    listen 127.0.0.1:{{port}};
                    server_name localhost;
                    add_header {{HostHeader}} "{{HostHeaderValue}}" always;
                    include {{site}};
                }
            }
            """);
        // Not through ProcessRunner: nginx runs until the fixture is disposed. Both streams are read as they come,
        // so that nginx never waits on a full pipe.
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", prefix.Path + "/", "-e", Path.Combine(prefix.Path, "error.log"), "-c", main })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var said = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) said.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) said.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new NginxHost(process, prefix, port);
        // Ends when nginx answers; the bound is generous, as a loaded machine can take seconds to start it.
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartBound)
        {
            if (process.HasExited)
            {
                var log = File.Exists(Path.Combine(prefix.Path, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(prefix.Path, "error.log")) : "";
                host.Dispose();
                throw new InvalidOperationException($"nginx stopped at once: {string.Join('\n', said)}\n{log}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return host;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        host.Dispose();
        throw new TimeoutException($"nginx did not answer within {StartBound.TotalSeconds:0} s");
    }

    /// <summary>What nginx logged (warnings and errors).</summary>
    public string ErrorLog => File.Exists(Path.Combine(_prefix.Path, "error.log")) ? File.ReadAllText(Path.Combine(_prefix.Path, "error.log")) : "";

    public void Dispose()
    {
        // The master and its worker, by the master's id: never any other nginx on the machine.
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        _prefix.Dispose();
    }
}
