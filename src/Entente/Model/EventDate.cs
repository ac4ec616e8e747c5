namespace Entente.Model;

/// <summary>
/// A calendar date with the precision it is known to. A month-precision date stores the first of
/// the month, a year-precision date the first of January, so dates stay comparable.
/// </summary>
public readonly record struct EventDate(DateOnly? Date, DatePrecision Precision)
{
    /// <summary>No date.</summary>
    public static EventDate Unknown => new(null, DatePrecision.Unknown);

    /// <summary>A date known to the day.</summary>
    public static EventDate OfDay(DateOnly d) => new(d, DatePrecision.Day);

    /// <summary>A date known to the month.</summary>
    public static EventDate OfMonth(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    /// <summary>A date known to the year.</summary>
    public static EventDate OfYear(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>A date known to the week starting on <paramref name="monday"/>.</summary>
    public static EventDate OfWeek(DateOnly monday) => new(monday, DatePrecision.Week);

    /// <summary>The first day the date may denote.</summary>
    public DateOnly? First => Date;

    /// <summary>The last day the date may denote.</summary>
    public DateOnly? Last => Date is not { } d ? null : Precision switch
    {
        DatePrecision.Year => new DateOnly(d.Year, 12, 31),
        DatePrecision.Month => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)),
        DatePrecision.Week => d.AddDays(6),
        _ => d,
    };

    /// <summary>ISO form at its precision: <c>2025-03-04</c>, <c>2025-03</c>, <c>2025</c> or empty (a week shows its Monday).</summary>
    public string ToIsoString() => Date is not { } d ? "" : Precision switch
    {
        DatePrecision.Year => d.Year.ToString("D4"),
        DatePrecision.Month => $"{d.Year:D4}-{d.Month:D2}",
        _ => d.ToString("yyyy-MM-dd"),
    };

    /// <summary>The precision's lower-case name as used in exports.</summary>
    public string PrecisionName => Precision.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public override string ToString() => Date is null ? "unknown" : ToIsoString();
}
