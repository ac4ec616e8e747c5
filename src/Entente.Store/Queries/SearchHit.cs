namespace Entente.Store.Queries;

/// <summary>A sentence matching a full-text query; <c>Highlighted</c> marks matches with the given markers.</summary>
public sealed record SearchHit(string Doc, string? Title, string? Published, int Sentence, string Text, string Highlighted);
