namespace MaalMedMening.Theme.Models;

public sealed record Link(string Href, string Text);
