namespace MaalMedMening.Theme.Models;

/// <summary>A link to a related page with a sentence on how they relate (a case that shows a balance, and back).</summary>
public sealed record RelatedItem(Link Link, string Note);
