namespace Entente.Coding.Dictionaries;

/// <summary>What one element of a verb pattern stands for.</summary>
public enum PatternElementKind
{
    /// <summary>A word, matched against a token's form or lemma.</summary>
    Word,
    /// <summary>One of several alternative word sequences (TABARI <c>{ A | B }</c>, or an expanded synonym set).</summary>
    Alternatives,
    /// <summary><c>$</c>: the source actor is here.</summary>
    Source,
    /// <summary><c>+</c>: the target actor is here.</summary>
    Target,
    /// <summary><c>%</c>: a compound actor here is both source and target (each pair of its members).</summary>
    Compound,
    /// <summary><c>^</c>: skip the phrase here (any words up to the next element).</summary>
    Skip,
}

/// <summary>
/// One element of a pattern. Patterns match words in order with gaps allowed, except that an element
/// marked <see cref="Adjacent"/> must directly follow the previous one (written with <c>_</c>).
/// </summary>
/// <param name="Kind">What the element is.</param>
/// <param name="Text">The upper-case word, for <see cref="PatternElementKind.Word"/>.</param>
/// <param name="Exact">The word must match whole (TABARI's trailing <c>_</c>); otherwise a stem may match where the dictionary allows stems.</param>
/// <param name="Adjacent">Must directly follow the previous element.</param>
/// <param name="Choices">The alternatives, for <see cref="PatternElementKind.Alternatives"/>.</param>
public sealed record PatternElement(
    PatternElementKind Kind,
    string? Text = null,
    bool Exact = false,
    bool Adjacent = false,
    IReadOnlyList<IReadOnlyList<PatternElement>>? Choices = null)
{
    /// <summary>A word element.</summary>
    public static PatternElement Word(string text, bool exact = false, bool adjacent = false) =>
        new(PatternElementKind.Word, text, exact, adjacent);

    /// <summary>True for the actor slots <c>$ + %</c>.</summary>
    public bool IsActorSlot => Kind is PatternElementKind.Source or PatternElementKind.Target or PatternElementKind.Compound;

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        PatternElementKind.Word => (Adjacent ? "_" : "") + Text + (Exact ? "_" : ""),
        PatternElementKind.Source => "$",
        PatternElementKind.Target => "+",
        PatternElementKind.Compound => "%",
        PatternElementKind.Skip => "^",
        _ => "{" + string.Join(" | ", Choices!.Select(c => string.Join(" ", c))) + "}",
    };
}
