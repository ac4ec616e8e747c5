using Entente.Model;

namespace Entente.Claims.Time;

/// <summary>What relative expressions are resolved against.</summary>
/// <param name="Published">The document's publication date ("today", "last month", weekdays), if known.</param>
/// <param name="Anchor">The last date the document mentioned before the expression ("three years earlier"), if any.</param>
/// <param name="Forward">True when the sentence speaks of the future, so "on Friday" or "in May" lie ahead.</param>
public readonly record struct TemporalContext(DateOnly? Published, EventDate? Anchor, bool Forward);
