namespace Entente.Coding.Shallow;

/// <summary>What a pattern element stands for.</summary>
public enum ShallowElementKind : byte
{
    /// <summary>A word.</summary>
    Word,
    /// <summary><c>*</c>: the verb.</summary>
    Verb,
    /// <summary><c>$</c>: the source, the first actor here.</summary>
    Source,
    /// <summary><c>+</c>: the target, the first actor here.</summary>
    Target,
    /// <summary><c>%</c>: a compound actor, each member both source and target.</summary>
    Compound,
    /// <summary><c>^</c>: an actor passed over.</summary>
    SkipActor,
    /// <summary><c>{ a | b }</c> or a synset: one of several sequences.</summary>
    Alternatives,
}

/// <summary>One element of a TABARI verb pattern.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Word">The word, for <see cref="ShallowElementKind.Word"/>.</param>
/// <param name="Consecutive">Must directly follow what the previous element matched.</param>
/// <param name="Choices">The sequences, for <see cref="ShallowElementKind.Alternatives"/>.</param>
public sealed record ShallowPatternElement(
    ShallowElementKind Kind,
    ShallowPhraseWord Word = default,
    bool Consecutive = false,
    IReadOnlyList<IReadOnlyList<ShallowPatternElement>>? Choices = null)
{
    /// <summary>Letters and digits it requires (for alternatives, its longest choice).</summary>
    public int Length => Kind switch
    {
        ShallowElementKind.Word => ShallowPhraseWord.Length([Word]),
        ShallowElementKind.Alternatives => Choices!.Max(c => c.Sum(e => e.Length)),
        _ => 0,
    };
}
