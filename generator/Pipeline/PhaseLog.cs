using System.Diagnostics;

namespace MaalMedMening.Generator.Pipeline;

/// <summary>Runs the named phases of a build and prints one line per phase with its time.</summary>
public sealed class PhaseLog(TextWriter output)
{
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public TimeSpan Elapsed => _total.Elapsed;

    public T Run<T>(string phase, Func<T> step, Func<T, string>? summary = null)
    {
        var watch = Stopwatch.StartNew();
        var result = step();
        var detail = summary is null ? "" : summary(result);
        output.WriteLine($"  {phase,-20} {watch.Elapsed.TotalMilliseconds,7:0.0} ms  {detail}".TrimEnd());
        return result;
    }

    public void Run(string phase, Action step) => Run(phase, () => { step(); return 0; });

    public async Task<T> RunAsync<T>(string phase, Func<Task<T>> step, Func<T, string>? summary = null)
    {
        var watch = Stopwatch.StartNew();
        var result = await step();
        var detail = summary is null ? "" : summary(result);
        output.WriteLine($"  {phase,-20} {watch.Elapsed.TotalMilliseconds,7:0.0} ms  {detail}".TrimEnd());
        return result;
    }

    public Task RunAsync(string phase, Func<Task> step) => RunAsync(phase, async () =>
    {
        await step();
        return 0;
    });
}
