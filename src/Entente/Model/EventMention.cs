namespace Entente.Model;

/// <summary>
/// One coded event as stated in one sentence of one document: who did what to whom, when,
/// and the words it came from. Cross-document grouping is recorded in <see cref="Cluster"/>.
/// </summary>
public sealed record EventMention
{
    /// <summary>Stable id: document id, sentence and ordinal, e.g. <c>a.txt#3.0</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Sentence index in the document.</summary>
    public required int Sentence { get; init; }
    /// <summary>Character span of the words that express the event.</summary>
    public required CharSpan Span { get; init; }
    /// <summary>Character span of the verb or noun that expresses the event, when the coder reports it.</summary>
    public CharSpan? Trigger { get; init; }
    /// <summary>Source actor, null when the sentence names none.</summary>
    public ActorRef? Actor1 { get; init; }
    /// <summary>Target actor, null when the sentence names none.</summary>
    public ActorRef? Actor2 { get; init; }
    /// <summary>CAMEO event code.</summary>
    public required CameoCode Cameo { get; init; }
    /// <summary>Goldstein score of the code, −10 to +10.</summary>
    public double Goldstein { get; init; }
    /// <summary>PLOVER type and mode, null when the code has no mapping.</summary>
    public PloverEvent? Plover { get; init; }
    /// <summary>How the event is stated.</summary>
    public Modality Modality { get; init; }
    /// <summary>The coder's confidence, 0 to 1.</summary>
    public double Confidence { get; init; } = 1.0;
    /// <summary>The date of the event itself (not of the article).</summary>
    public EventDate Date { get; init; }
    /// <summary>For reported speech ("X said Y would ..."), the actor who reports it; null otherwise.</summary>
    public ActorRef? Speaker { get; init; }
    /// <summary>Which dictionary pattern produced it, for explanations.</summary>
    public string? Pattern { get; init; }
    /// <summary>Id of the cross-document event this mention belongs to, once clustered.</summary>
    public long? Cluster { get; init; }
    /// <summary>Span of the temporal expression that dates the event; null when the date defaults to publication.</summary>
    public CharSpan? DateSpan { get; init; }
}
