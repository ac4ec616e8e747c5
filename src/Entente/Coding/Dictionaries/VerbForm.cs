namespace Entente.Coding.Dictionaries;

/// <summary>
/// One verb of a block as written on its own line: the verb word, words that must stand right before or
/// after it (multi-word verbs such as <c>+ASK_FOR</c> or <c>KLM_NOP_+RST</c>), irregular forms, and an
/// optional code of its own overriding the block's.
/// </summary>
/// <param name="Verb">The verb word, upper case (a lemma, or a stem in TABARI dictionaries).</param>
/// <param name="Before">Words directly before the verb.</param>
/// <param name="After">Words after the verb (particles, prepositions, nouns of a fixed phrase).</param>
/// <param name="Forms">Irregular inflected forms, upper case.</param>
/// <param name="Code">The verb's own code, or null to use the block's.</param>
/// <param name="Exact">The verb must match whole, not as a stem.</param>
public sealed record VerbForm(
    string Verb,
    IReadOnlyList<string> Before,
    IReadOnlyList<string> After,
    IReadOnlyList<string> Forms,
    EventCodeSpec? Code,
    bool Exact)
{
    /// <summary>Extra words make a multi-word verb, which is preferred over the bare verb.</summary>
    public bool IsPhrase => Before.Count + After.Count > 0;
}
