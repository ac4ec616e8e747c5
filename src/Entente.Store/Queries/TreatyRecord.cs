namespace Entente.Store.Queries;

/// <summary>One piece of evidence about a treaty: an action or clause and its sentence.</summary>
/// <param name="Kind"><c>action</c>, <c>clause</c> or <c>target</c>.</param>
/// <param name="What">The action (<c>signed</c>, <c>supersedes</c>, ...) or obligation (<c>defence</c>, ...).</param>
/// <param name="Doc">Document id.</param>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Date">ISO date at its precision, or null.</param>
/// <param name="Modality">For actions: asserted, future, negated, hypothetical, reported.</param>
/// <param name="Actor">The acting party when not all parties (who withdrew, ratified, vetoed).</param>
/// <param name="Other">For supersession, the other instrument.</param>
/// <param name="Text">The sentence.</param>
public sealed record TreatyEvidence(string Kind, string What, string Doc, int Sentence, string? Date, string? Modality, string? Actor, string? Other, string? Text);

/// <summary>A treaty as the store knows it, merged over the documents that mention it.</summary>
/// <param name="Name">Its name, or its description when no document names it.</param>
/// <param name="Kind">treaty, pact, alliance, agreement, partnership, memorandum, convention, declaration or sanctions.</param>
/// <param name="Parties">Party codes, sorted.</param>
/// <param name="Target">For sanctions, the target's code.</param>
/// <param name="Obligations">ATOP obligation types, comma-separated.</param>
/// <param name="Date">When it was concluded (or first acted on), ISO at its precision.</param>
/// <param name="Documents">Ids of the documents mentioning it.</param>
/// <param name="Evidence">Actions and clauses with their sentences, by date then document.</param>
public sealed record TreatyRecord(string Name, string Kind, IReadOnlyList<string> Parties, string? Target, string Obligations, string? Date,
    IReadOnlyList<string> Documents, IReadOnlyList<TreatyEvidence> Evidence);
