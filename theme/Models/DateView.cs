namespace MaalMedMening.Theme.Models;

/// <summary>A date for a <c>&lt;time&gt;</c> element: machine-readable (<c>2025-03-01</c>) and as the page's language writes it.</summary>
public sealed record DateView(string Iso, string Text);
