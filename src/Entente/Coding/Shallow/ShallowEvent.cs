namespace Entente.Coding.Shallow;

/// <summary>An event the shallow coder found.</summary>
/// <param name="Source">Source actor code.</param>
/// <param name="Target">Target actor code.</param>
/// <param name="Code">Event code as the dictionary wrote it.</param>
/// <param name="Sentence">Index of the sentence it came from.</param>
/// <param name="Trigger">Token index of the verb in that sentence.</param>
/// <param name="Pattern">The verb and pattern that produced it, with file and line.</param>
public sealed record ShallowEvent(string Source, string Target, string Code, int Sentence, int Trigger, string Pattern);

/// <summary>What coding a text produced: events, or a discard, or a verdict that it is too complex to code.</summary>
/// <param name="Events">The events, in text order.</param>
/// <param name="Discarded">A discard code matched.</param>
/// <param name="Complex">The complexity filter or a complexity code stopped coding.</param>
/// <param name="Reason">Why it was complex, or why nothing was coded.</param>
public sealed record ShallowResult(IReadOnlyList<ShallowEvent> Events, bool Discarded, bool Complex, string? Reason = null)
{
    /// <summary>How each sentence was read (words with kinds, actors with codes, removed clauses), for explanations.</summary>
    public IReadOnlyList<string> Reading { get; init; } = [];
}
