namespace Entente.Analysis;

/// <summary>One period of a dyad's time series.</summary>
/// <param name="PeriodStart">Day number of the period's first day.</param>
/// <param name="VerbalCooperation">Events of quad class 1.</param>
/// <param name="MaterialCooperation">Events of quad class 2.</param>
/// <param name="VerbalConflict">Events of quad class 3.</param>
/// <param name="MaterialConflict">Events of quad class 4.</param>
/// <param name="GoldsteinSum">Sum of the events' Goldstein scores.</param>
public readonly record struct SeriesPoint(int PeriodStart, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict, double GoldsteinSum)
{
    /// <summary>All events in the period.</summary>
    public int Events => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;

    /// <summary>Mean Goldstein score, 0 for an empty period.</summary>
    public double GoldsteinMean => Events == 0 ? 0 : GoldsteinSum / Events;

    /// <summary>The count of quad class <paramref name="quad"/> (1–4).</summary>
    public int Quad(int quad) => quad switch
    {
        1 => VerbalCooperation,
        2 => MaterialCooperation,
        3 => VerbalConflict,
        4 => MaterialConflict,
        _ => throw new ArgumentOutOfRangeException(nameof(quad)),
    };

    /// <summary>The period's first day.</summary>
    public DateOnly Start => DateOnly.FromDayNumber(PeriodStart);
}
