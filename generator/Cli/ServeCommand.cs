using System.CommandLine;
using MaalMedMening.Generator.Pipeline;
using MaalMedMening.Generator.Serving;

namespace MaalMedMening.Generator.Cli;

/// <summary><c>serve</c>: build, serve on 127.0.0.1, and rebuild when input/ or theme/ changes.</summary>
public static class ServeCommand
{
    public static Command Create(CommonOptions options)
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build, serve the site on 127.0.0.1 and rebuild on changes");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (result, cancel) =>
        {
            await using var server = new PreviewServer(options.Read(result), result.GetValue(port));
            await server.RunAsync(cancel);
            return ExitCodes.Success;
        });
        return command;
    }
}
