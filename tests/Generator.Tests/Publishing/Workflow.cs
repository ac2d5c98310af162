using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace MaalMedMening.Generator.Tests.Publishing;

/// <summary>One step of a job: what it uses or runs, with its environment (the workflow's, the job's, its own).</summary>
public sealed record WorkflowStep(
    string Job,
    string Title,
    string? Uses,
    string? Run,
    IReadOnlyDictionary<string, string> Env,
    IReadOnlyDictionary<string, string> With)
{
    /// <summary>The simple commands of <see cref="Run"/>, with $NAME taken from <see cref="Env"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Commands => Run is null ? [] : ShellCommands.Split(Run, Env);
}

/// <summary>
/// A GitHub Actions workflow read as the runner reads it, far enough for tests: its jobs' steps, with each
/// <c>${{ … }}</c> replaced by a sample of what GitHub puts there (an expression the samples lack fails the test).
/// </summary>
public sealed partial class Workflow
{
    /// <summary>What the expressions we use stand for on a run, e.g. a project site's Pages address.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["steps.pages.outputs.base_url"] = "https://owner.github.io/maalmedmening",
        ["steps.deploy.outputs.page_url"] = "https://owner.github.io/maalmedmening/",
        ["github.ref"] = "refs/heads/main",
    };

    private Workflow(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public IReadOnlyList<WorkflowStep> Steps => [.. Jobs.SelectMany(job => StepsOf(job.Key, job.Value))];

    public IEnumerable<KeyValuePair<string, YamlMappingNode>> Jobs =>
        ((YamlMappingNode)Root["jobs"]).Children.Select(j => KeyValuePair.Create(((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value));

    public static Workflow Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new Workflow((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public static string Expand(string text) => Expression().Replace(text, m => Samples.TryGetValue(m.Groups[1].Value, out var sample)
        ? sample
        : throw new KeyNotFoundException($"the tests have no sample value for ${{{{ {m.Groups[1].Value} }}}}; add one to Workflow.Samples"));

    private IEnumerable<WorkflowStep> StepsOf(string job, YamlMappingNode node)
    {
        var jobEnv = Merge(Scalars(Root, "env"), Scalars(node, "env"));
        var number = 0;
        foreach (var step in ((YamlSequenceNode)node["steps"]).Cast<YamlMappingNode>())
        {
            number++;
            var uses = Scalar(step, "uses");
            var run = Scalar(step, "run");
            yield return new WorkflowStep(
                job,
                $"{job}, step {number} ({Scalar(step, "name") ?? uses ?? run})",
                uses,
                run is null ? null : Expand(run),
                Merge(jobEnv, Scalars(step, "env")).ToDictionary(e => e.Key, e => Expand(e.Value)),
                Scalars(step, "with"));
        }
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static Dictionary<string, string> Scalars(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlMappingNode)value).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "")
            : [];

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> outer, IReadOnlyDictionary<string, string> inner)
    {
        var merged = new Dictionary<string, string>(outer);
        foreach (var (name, value) in inner)
        {
            merged[name] = value;
        }

        return merged;
    }

    [GeneratedRegex(@"\$\{\{\s*(.*?)\s*\}\}")]
    private static partial Regex Expression();
}
