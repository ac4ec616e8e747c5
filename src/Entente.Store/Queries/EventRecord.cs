namespace Entente.Store.Queries;

/// <summary>
/// One row of the event export (schema 1): an event mention with its document, sentence, actors,
/// codes and cluster counts. See README "Event record".
/// </summary>
public sealed record EventRecord
{
    /// <summary>Export schema version.</summary>
    public const int Schema = 1;

    /// <summary>Stable event id.</summary>
    public required string Id { get; init; }
    /// <summary>Document id.</summary>
    public required string Doc { get; init; }
    /// <summary>Document title.</summary>
    public string? Title { get; init; }
    /// <summary>Publication name.</summary>
    public string? Publication { get; init; }
    /// <summary>Publication date (ISO).</summary>
    public string? Published { get; init; }
    /// <summary>Event date (ISO, at its precision).</summary>
    public string? Date { get; init; }
    /// <summary>day, month, year or unknown.</summary>
    public required string DatePrecision { get; init; }
    /// <summary>Sentence index.</summary>
    public int Sentence { get; init; }
    /// <summary>Sentence text.</summary>
    public string? Text { get; init; }
    /// <summary>Character span in the document.</summary>
    public int SpanStart { get; init; }
    /// <summary>End of the character span.</summary>
    public int SpanEnd { get; init; }
    /// <summary>Source actor.</summary>
    public ActorRecord? Actor1 { get; init; }
    /// <summary>Target actor.</summary>
    public ActorRecord? Actor2 { get; init; }
    /// <summary>CAMEO code.</summary>
    public required string Cameo { get; init; }
    /// <summary>CAMEO root.</summary>
    public required string Root { get; init; }
    /// <summary>Quad class 1–4.</summary>
    public int Quad { get; init; }
    /// <summary>Goldstein score.</summary>
    public double Goldstein { get; init; }
    /// <summary>PLOVER type.</summary>
    public string? PloverType { get; init; }
    /// <summary>PLOVER mode.</summary>
    public string? PloverMode { get; init; }
    /// <summary>asserted, negated, hypothetical, future or reported.</summary>
    public required string Modality { get; init; }
    /// <summary>Coder confidence 0–1.</summary>
    public double Confidence { get; init; }
    /// <summary>Cross-document event id.</summary>
    public long? Cluster { get; init; }
    /// <summary>Mentions in the cluster.</summary>
    public int Mentions { get; init; }
    /// <summary>Distinct documents reporting the cluster.</summary>
    public int SourceDocuments { get; init; }
    /// <summary>Distinct publications reporting the cluster.</summary>
    public int SourcePublications { get; init; }
}

/// <summary>An actor as exported in an event record.</summary>
public sealed record ActorRecord(string Code, string? Name, string? Country, string? Text);
