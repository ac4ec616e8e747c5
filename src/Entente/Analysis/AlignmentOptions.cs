namespace Entente.Analysis;

/// <summary>How events become the signed alignment graph.</summary>
public sealed record AlignmentOptions
{
    /// <summary>First day counted; null for all history.</summary>
    public DateOnly? Since { get; init; }
    /// <summary>Last day counted and the day weights decay from; null for the last event's period.</summary>
    public DateOnly? Until { get; init; }
    /// <summary>Days after which an event counts half as much. Zero or less turns decay off.</summary>
    public double HalfLifeDays { get; init; } = 180;
    /// <summary>Merge actor codes to their first three letters (<c>RUSGOV</c> → <c>RUS</c>): states and IGOs as nodes.</summary>
    public bool CountryLevel { get; init; } = true;
    /// <summary>
    /// Pseudo-magnitude added to the denominator of the alignment score, so that a pair seen in one
    /// small event does not score ±1.
    /// </summary>
    public double Prior { get; init; } = 10;
}
