namespace Entente.Model;

/// <summary>A resolved (or explicitly unresolved) reference to an actor in a sentence.</summary>
/// <param name="Sentence">Sentence index in the document.</param>
/// <param name="FirstToken">Index of the first token within the sentence.</param>
/// <param name="TokenCount">Number of tokens covered.</param>
/// <param name="Span">Character span in the document.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Actor">The resolved actor, or null when the name is not known.</param>
/// <param name="How">Why it resolved this way (dictionary, title, coreference, metonymy, ...).</param>
public sealed record ActorMention(int Sentence, int FirstToken, int TokenCount, CharSpan Span, string Text, ActorRef? Actor, string How);
