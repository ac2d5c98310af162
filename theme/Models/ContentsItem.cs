namespace MaalMedMening.Theme.Models;

/// <summary>An entry of a table of contents, with its sub-entries.</summary>
public sealed record ContentsItem(Link Link, string? Summary, IReadOnlyList<ContentsItem> Children);
