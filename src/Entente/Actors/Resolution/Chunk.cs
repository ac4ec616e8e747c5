namespace Entente.Actors.Resolution;

/// <summary>What a run of tokens was recognised as, before composition.</summary>
internal enum ChunkKind : byte
{
    /// <summary>A dictionary phrase naming actors (and maybe agents too).</summary>
    Phrase,
    /// <summary>A capitalised name not in the dictionary.</summary>
    Unknown,
}

/// <summary>
/// A run of tokens in a sentence recognised by the scanner: a dictionary phrase (its trie node
/// holds the targets) or an unknown name. <see cref="Possessive"/> marks a following <c>'s</c>.
/// </summary>
internal readonly record struct Chunk(int Start, int Length, int Node, ChunkKind Kind, bool ActorsOk, bool Possessive)
{
    /// <summary>Index one past the last token (and past the possessive marker when there is one).</summary>
    public int End => Start + Length;
}
