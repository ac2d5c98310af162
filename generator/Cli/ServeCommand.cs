using System.CommandLine;
using MaalMedMening.Generator.Serving;

namespace MaalMedMening.Generator.Cli;

/// <summary><c>serve</c>: build, serve on 127.0.0.1, and rebuild when input/ or theme/ changes; pages reload themselves, show the errors of a failed build, and a page without its twin is built as a draft.
/// When a template or generator file changes, the generator is published again and serve ends with <see cref="ExitCodes.Restart"/> for ./build.sh to start it anew.</summary>
public static class ServeCommand
{
    public const int MaxPort = 65535;

    public static Command Create(CommonOptions options)
    {
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1 (0: any free port)",
            DefaultValueFactory = _ => 8080,
            // Parsed here rather than validated after the library's own parse, which throws on a word such as 'abc'.
            CustomParser = result =>
            {
                // 0 asks the system for any free port; the address served is printed either way.
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
                    && value is >= 0 and <= MaxPort)
                {
                    return value;
                }

                result.AddError($"--port must be a whole number from 0 to {MaxPort} (0: any free port), not '{Diagnostics.Printable.Escape(text)}'");
                return 0;
            },
        };
        var command = new Command("serve", "Build, serve the site on 127.0.0.1 and rebuild on changes");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (result, cancel) =>
        {
            var build = options.Read(result);
            // The first build reports its own failures; what is left to fail is the server itself.
            // serve rewrites changed files in place: its server keeps serving the output folder.
            // A page without its twin is previewed as a draft, with a warning; build stays strict.
            var inPlace = build with { InPlace = true, AllowMissingTranslations = true };
            await using var server = new PreviewServer(inPlace, result.GetValue(port),
                (memory, errors) => BuildCommand.RunAsync(inPlace, Console.Out, errors, memory), Console.Error,
                // ./build.sh serve says how to publish the generator again, and answers exit code 4 by starting it anew.
                Republisher.FromEnvironment());

            // A content error is for the author to fix while the server runs; a refused or unwritable output is not.
            var code = await server.BuildAsync();
            if (code is ExitCodes.UsageError or ExitCodes.IoFailure)
            {
                return code;
            }

            return await CommandGuard.RunAsync(Console.Error, () => "nothing is served", async () =>
            {
                return await server.RunAsync(cancel) ? ExitCodes.Restart : ExitCodes.Success;
            });
        });
        return command;
    }
}
