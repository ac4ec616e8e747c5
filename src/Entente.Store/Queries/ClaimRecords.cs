namespace Entente.Store.Queries;

/// <summary>A stored amount: the claim, its bounds, what and whom it is about, and where it was read.</summary>
public sealed record AmountRecord(string Id, string Doc, string? Publication, string? Published, int Sentence, int Start, int End, string Text,
    double Value, double Low, double? High, string? Approximation, string Kind, string? Unit, string? Counted, string? Actor1, string? Actor2,
    string? Event, string? EventRoot, string? Attribution, string? ClaimKey, int Contradictions);

/// <summary>Two claims that cannot both be true: figures whose bounds do not overlap, or different dates for one event.</summary>
public sealed record ContradictionRecord(string Kind, string Subject, string AId, string ADoc, string? APublication, string AValue,
    string BId, string BDoc, string? BPublication, string BValue);

/// <summary>A stored quotation with its speaker.</summary>
public sealed record QuotationRecord(string Id, string Doc, string? Publication, string? Published, int Sentence, int Start, int End, string Text,
    string? SpeakerCode, string? SpeakerName, string? SpeakerText, string? Verb, bool Partial, string? How);
