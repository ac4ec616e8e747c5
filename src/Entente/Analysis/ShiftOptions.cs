namespace Entente.Analysis;

/// <summary>What counts as a shift in a dyad's relations.</summary>
public sealed record ShiftOptions
{
    /// <summary>Period width.</summary>
    public Granularity Granularity { get; init; } = Granularity.Month;
    /// <summary>Number of earlier periods a dyad's period is compared with.</summary>
    public int History { get; init; } = 12;
    /// <summary>Smallest |z| reported.</summary>
    public double Threshold { get; init; } = 3;
    /// <summary>Fewest events (in the period or its history) for a dyad to be judged.</summary>
    public int MinEvents { get; init; } = 3;
    /// <summary>Merge actor codes to their first three letters.</summary>
    public bool CountryLevel { get; init; } = true;
}
