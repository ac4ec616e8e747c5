namespace Entente.Analysis;

/// <summary>What moved in a shift.</summary>
public enum ShiftMeasure
{
    /// <summary>Number of cooperation events (quad classes 1 and 2).</summary>
    Cooperation,
    /// <summary>Number of conflict events (quad classes 3 and 4).</summary>
    Conflict,
    /// <summary>Sum of Goldstein scores.</summary>
    Goldstein,
}

/// <summary>A dyad whose relations in a period moved far from its own history.</summary>
/// <param name="A">First actor (alphabetically).</param>
/// <param name="B">Second actor.</param>
/// <param name="PeriodStart">Day number of the period's first day.</param>
/// <param name="Measure">What moved.</param>
/// <param name="Value">The measure in the period.</param>
/// <param name="Mean">Its mean over the history.</param>
/// <param name="StdDev">Its standard deviation over the history.</param>
/// <param name="Z">How far the value is from the history, in deviations (see <see cref="ShiftDetector"/>); positive = up.</param>
/// <param name="Events">Events of the dyad in the period.</param>
public sealed record DyadShift(string A, string B, int PeriodStart, ShiftMeasure Measure, double Value, double Mean, double StdDev, double Z, int Events);
