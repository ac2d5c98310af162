using System.CommandLine;

namespace MaalMedMening.Generator.Cli;

/// <summary>
/// The command line as a table of contents: each verb lives in its own file here. One place, so the tests can parse
/// what the CI workflow and the READMEs run with the very commands and options the binary has.
/// </summary>
public static class Commands
{
    public static RootCommand CreateRoot()
    {
        var options = new CommonOptions();
        return new RootCommand("Builds a static, multilingual website from the content in input/ (pages, data, UI strings) and the theme in theme/.")
        {
            BuildCommand.Create(options),
            ServeCommand.Create(options),
            PdfCommand.Create(options),
            NewCommand.Create(options),
            CheckCommand.Create(options),
        };
    }
}
