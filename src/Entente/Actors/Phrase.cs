namespace Entente.Actors;

/// <summary>A phrase as written in a dictionary ("the Kremlin", "UNITED_NATIONS_") and how it refers.</summary>
/// <param name="Text">Words separated by spaces or underscores.</param>
/// <param name="Kind">Name, adjective, capital, ...</param>
/// <param name="StemLast">The last word matches any word it begins (TABARI's convention for words without a trailing underscore).</param>
public readonly record struct Phrase(string Text, PhraseKind Kind, bool StemLast = false);
