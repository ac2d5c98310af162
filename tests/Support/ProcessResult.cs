namespace MaalMedMening.Tests.Support;

/// <summary>How a run ended: its exit code and everything it wrote, each stream whole.</summary>
/// <param name="Stopped">True when the run was ended by <see cref="ProcessRun.StopAtLine"/>; the exit code is then the kill's.</param>
public sealed record ProcessResult(int ExitCode, string Output, string Errors, bool Stopped = false);
