namespace Entente.Store.Queries;

/// <summary>A stored document as listed by <c>entente docs</c>.</summary>
public sealed record DocumentSummary(string Id, string? Title, string? Publication, string? Published, int Sentences, int Tokens, int Events);
