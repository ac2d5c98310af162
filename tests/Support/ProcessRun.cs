namespace MaalMedMening.Tests.Support;

/// <summary>
/// One program to run, as <see cref="ProcessRunner"/> runs it: its arguments passed one by one (never through a
/// shell), with an optional working folder, extra environment, standard input and time bound.
/// </summary>
public sealed record ProcessRun(string Program, IReadOnlyList<string> Arguments)
{
    /// <summary>Long enough for a build of the real site on a machine at load 20; a hang still ends.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public string? WorkingDirectory { get; init; }

    /// <summary>Variables set (or, with a null value, removed) on top of the test host's environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Written to standard input, which is then closed; without it the program reads an empty input.</summary>
    public string? Input { get; init; }

    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>
    /// For a program that runs until stopped (a server): the run ends, and the process tree is killed, at the first
    /// line of standard output this accepts. <see cref="ProcessResult.Stopped"/> says whether it came.
    /// </summary>
    public Func<string, bool>? StopAtLine { get; init; }

    /// <summary>What to tell the reader when the program cannot be started at all (how to install it).</summary>
    public string? InstallHint { get; init; }
}
