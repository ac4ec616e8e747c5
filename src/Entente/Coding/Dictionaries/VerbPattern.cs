namespace Entente.Coding.Dictionaries;

/// <summary>
/// A pattern of a verb block: the words around the verb (<c>*</c>) that select a more specific code,
/// e.g. <c>- * (TO BORDER) [154]</c>.
/// </summary>
/// <param name="Before">Elements before the verb, in order.</param>
/// <param name="After">Elements after the verb, in order.</param>
/// <param name="Code">The code it yields.</param>
/// <param name="Source">Where it was read, <c>file:line</c>, for explanations.</param>
/// <param name="Text">The pattern as written (without code and comment).</param>
/// <param name="VerbAdjacent">The verb must directly follow the last element before it (<c>WORD_*</c>).</param>
public sealed record VerbPattern(
    IReadOnlyList<PatternElement> Before,
    IReadOnlyList<PatternElement> After,
    EventCodeSpec Code,
    string Source,
    string Text,
    bool VerbAdjacent = false)
{
    /// <summary>How many words and slots it requires: longer patterns are more specific and are tried first.</summary>
    public int Specificity => Before.Count + After.Count;
}
