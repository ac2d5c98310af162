using System.ComponentModel;
using System.Diagnostics;

namespace MaalMedMening.Generator.Cli;

/// <summary>
/// Playwright (the <c>pdf</c> command) cannot run in the native (AOT) binary: it finds its Node driver through the
/// assembly's location, which a native binary does not have, and serialises its protocol by reflection. So the native
/// binary hands <c>pdf</c>, with the same arguments, to the JIT publish that ./build.sh puts beside it in <c>jit/</c>:
/// one command for the user, and a plain error line instead of a stack trace when that publish is missing.
/// </summary>
public static class JitHandOff
{
    public static async Task<int> RunAsync(TextWriter errors)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "jit", "maalmedmening.dll");
        if (!File.Exists(assembly))
        {
            errors.WriteLine($"error: pdf needs the JIT build of the generator beside this native binary ({assembly}); run ./build.sh pdf, which makes it, or dotnet run --project generator -c Release -- pdf");
            return ExitCodes.UsageError;
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        foreach (var argument in Environment.GetCommandLineArgs().Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            // Standard streams are inherited: the JIT process prints its own progress and errors.
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync();
            return process.ExitCode;
        }
        catch (Win32Exception e)
        {
            errors.WriteLine($"error: pdf runs through the dotnet runtime, which could not be started: {e.Message}");
            return ExitCodes.UsageError;
        }
    }
}
