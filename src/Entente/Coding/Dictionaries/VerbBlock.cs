namespace Entente.Coding.Dictionaries;

/// <summary>
/// A verb block: verbs that share patterns (a PETRARCH synonym block, or a single TABARI verb), the
/// block's default code, and its patterns, most specific first.
/// </summary>
/// <param name="Name">The block's primary verb.</param>
/// <param name="Code">Default code when no pattern matches.</param>
/// <param name="Verbs">The verbs of the block.</param>
/// <param name="Patterns">Patterns, most specific first (ties keep file order).</param>
/// <param name="Nouns">Nominalisations (e.g. VISIT, TALKS, SIGNING) coded when they head a noun phrase.</param>
/// <param name="Source">Where the block starts, <c>file:line</c>.</param>
public sealed record VerbBlock(
    string Name,
    EventCodeSpec Code,
    IReadOnlyList<VerbForm> Verbs,
    IReadOnlyList<VerbPattern> Patterns,
    IReadOnlyList<string> Nouns,
    string Source);
