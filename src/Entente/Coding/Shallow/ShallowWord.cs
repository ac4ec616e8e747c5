namespace Entente.Coding.Shallow;

/// <summary>A word of the sentence after TABARI's filtering (upper case, no diacritics, punctuation dropped).</summary>
internal struct ShallowWord
{
    internal string Text;
    internal int Token;          // index of the token it came from, for spans
    internal bool Capital;       // written with a capital
    internal bool SentenceStart; // first word of a sentence
    internal ShallowWordKind Kind;
    internal ShallowEntry? Entry;
    internal bool EntryStart;    // first word of its phrase
    internal int EntryEnd;       // last word of its phrase (on the first word)
    internal bool Removed;       // in a dropped comma clause
    internal bool Joins;         // a conjunction or comma inside a compound: no clause break
}
