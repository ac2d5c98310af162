namespace MaalMedMening.Generator.Tool;

/// <summary>What a rule points at. The rules only point; the words come from the content files.</summary>
public abstract record AdviceRef
{
    /// <summary>Stable across languages; used as the HTML id of the advice block.</summary>
    public abstract string Id { get; }
}

/// <summary>The advantage and the risk of one pole of a balance (balances.yml).</summary>
public sealed record PoleAdvice(string Balance, bool Right) : AdviceRef
{
    public override string Id => $"pole-{Balance}-{(Right ? "right" : "left")}";
}

/// <summary>The balance's five dialogue questions (questions.yml).</summary>
public sealed record QuestionsAdvice(string Balance) : AdviceRef
{
    public override string Id => $"questions-{Balance}";
}

/// <summary>What moving toward a pole brings and costs, and the booklet's "what would it take in practice?".</summary>
public sealed record MoveAdvice(string Balance, bool Right) : AdviceRef
{
    public override string Id => $"move-{Balance}-{(Right ? "right" : "left")}";
}

/// <summary>Advice written for the tool (tool-advice.yml): where balances combine.</summary>
public sealed record ToolTextAdvice(string AdviceId) : AdviceRef
{
    public override string Id => AdviceId;
}

/// <summary>One of the booklet's six pieces of advice (advice.yml).</summary>
public sealed record BookletAdvice(string AdviceId) : AdviceRef
{
    public override string Id => AdviceId;
}
