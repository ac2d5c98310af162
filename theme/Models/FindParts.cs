using MaalMedMening.Theme.Components;

namespace MaalMedMening.Theme.Models;

// The body parts that help a reader find the way: the front door's entry points, the question index and
// the subject index. Each names the component that shows it.

/// <summary>The front door's balances: each with its dimension, its name linking to its chapter, and its two poles.</summary>
public sealed record BalanceDoorsPart(IReadOnlyList<BalanceView> Balances) : BodyPart(typeof(BalanceDoors))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(BalanceDoors.Part)] = this };
}

/// <summary>The front door's entry points, chosen in content: each page with its description, and a section's pages under it.</summary>
public sealed record EntryPointsPart(IReadOnlyList<EntryPoint> Entries) : BodyPart(typeof(EntryPoints))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(EntryPoints.Part)] = this };
}

public sealed record EntryPoint(Link Link, string Description, IReadOnlyList<Link> Children);

/// <summary>Every dialogue question, grouped as the data groups them, each linking to where it is discussed.</summary>
public sealed record QuestionIndexPart(IReadOnlyList<QuestionIndexGroup> Groups) : BodyPart(typeof(QuestionIndex))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(QuestionIndex.Part)] = this, [nameof(QuestionIndex.Text)] = place.Text };

    // Each group is a level-2 section: "On this page" lists them.
    public override IReadOnlyList<Link> Sections(UiStrings text) => Groups.Select(g => new Link("#" + g.Id, g.Heading)).ToList();
}

/// <param name="Where">The page that discusses the group's questions; null when no page shows them.</param>
public sealed record QuestionIndexGroup(string Id, string Heading, Link? Where, IReadOnlyList<Link> Questions);

/// <summary>
/// The A–Z subject index: entries under their initial letter, in the language's alphabetical order. Its row of letters
/// is the page's contents, so it names no sections for "On this page".
/// </summary>
public sealed record SubjectIndexPart(IReadOnlyList<SubjectIndexLetter> Letters) : BodyPart(typeof(SubjectIndex))
{
    public override IDictionary<string, object> Parameters(PartPlace place) =>
        new Dictionary<string, object> { [nameof(SubjectIndex.Part)] = this, [nameof(SubjectIndex.Text)] = place.Text };
}

public sealed record SubjectIndexLetter(string Id, string Letter, IReadOnlyList<SubjectIndexEntry> Entries);

public sealed record SubjectIndexEntry(string Term, IReadOnlyList<Link> Links);
