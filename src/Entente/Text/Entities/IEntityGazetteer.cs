namespace Entente.Text.Entities;

/// <summary>
/// A source of known names (e.g. the actor dictionary) that the entity recognizer consults as
/// features. For each word it reports the entity type of a known name covering it, and whether
/// the word begins that name.
/// </summary>
public interface IEntityGazetteer
{
    /// <summary>Fills one hit per word; <c>default</c> where no known name covers the word.</summary>
    void Match(ReadOnlySpan<string> words, Span<GazetteerHit> hits);
}

/// <summary>A gazetteer match on one word.</summary>
/// <param name="Type">Entity type of the name (PER, ORG, LOC, ...), or null for none.</param>
/// <param name="Begins">True on the first word of the name.</param>
public readonly record struct GazetteerHit(string? Type, bool Begins);
