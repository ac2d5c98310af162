using MaalMedMening.Generator.Data;
using MaalMedMening.Generator.Diagnostics;
using MaalMedMening.Generator.Tests.Support;
using MaalMedMening.Generator.Tool;

namespace MaalMedMening.Generator.Tests.Tool;

/// <summary>The project's own balance-tool rules (input/tool-rules.yml) over its own balances, loaded without errors.</summary>
public static class RealRules
{
    public static IReadOnlyList<string> Balances { get; } = LoadBalances();

    public static LogicTable Table { get; } = LoadTable();

    private static IReadOnlyList<string> LoadBalances()
    {
        var diagnostics = new DiagnosticBag();
        var data = DataLoader.Load(Path.Combine(RepoPaths.Input, "da"), "da", diagnostics);
        Assert.False(diagnostics.HasErrors);
        return data.Balances.Select(b => b.Id).ToList();
    }

    private static LogicTable LoadTable()
    {
        var diagnostics = new DiagnosticBag();
        var table = ToolRulesLoader.Load(RepoPaths.Input, Balances, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return table ?? throw new InvalidOperationException("input/tool-rules.yml is missing");
    }
}
