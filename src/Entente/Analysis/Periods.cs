namespace Entente.Analysis;

/// <summary>
/// Period arithmetic on day numbers (<see cref="DateOnly.DayNumber"/>): the start of the period
/// holding a day, and the start of the next one. Day numbers make the hot loops integer-only.
/// </summary>
public static class Periods
{
    /// <summary>The day number of the first day of the period that holds <paramref name="day"/>.</summary>
    public static int Start(int day, Granularity granularity)
    {
        switch (granularity)
        {
            case Granularity.Day: return day;
            // Day number 0 (0001-01-01) is a Monday, so weeks start at multiples of seven.
            case Granularity.Week: return day - day % 7;
            case Granularity.Month:
            {
                var d = DateOnly.FromDayNumber(day);
                return day - (d.Day - 1);
            }
            default:
            {
                var d = DateOnly.FromDayNumber(day);
                return day - (d.DayOfYear - 1);
            }
        }
    }

    /// <summary>The first day of the period after the one starting on <paramref name="periodStart"/>.</summary>
    public static int Next(int periodStart, Granularity granularity) => granularity switch
    {
        Granularity.Day => periodStart + 1,
        Granularity.Week => periodStart + 7,
        Granularity.Month => DateOnly.FromDayNumber(periodStart).AddMonths(1).DayNumber,
        _ => DateOnly.FromDayNumber(periodStart).AddYears(1).DayNumber,
    };

    /// <summary>The first day of the period before the one starting on <paramref name="periodStart"/>.</summary>
    public static int Previous(int periodStart, Granularity granularity) => granularity switch
    {
        Granularity.Day => periodStart - 1,
        Granularity.Week => periodStart - 7,
        Granularity.Month => DateOnly.FromDayNumber(periodStart).AddMonths(-1).DayNumber,
        _ => DateOnly.FromDayNumber(periodStart).AddYears(-1).DayNumber,
    };

    /// <summary>A period's label: <c>2025-03-04</c>, <c>2025-W10</c>, <c>2025-03</c> or <c>2025</c>.</summary>
    public static string Label(int periodStart, Granularity granularity)
    {
        var d = DateOnly.FromDayNumber(periodStart);
        return granularity switch
        {
            Granularity.Day => d.ToString("yyyy-MM-dd"),
            Granularity.Week => $"{System.Globalization.ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):D4}-W{System.Globalization.ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}",
            Granularity.Month => d.ToString("yyyy-MM"),
            _ => d.ToString("yyyy"),
        };
    }

    /// <summary>Parses <c>day</c>, <c>week</c>, <c>month</c> or <c>year</c>.</summary>
    public static bool TryParse(string? text, out Granularity granularity) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out granularity) && Enum.IsDefined(granularity);

    /// <summary>
    /// Parses a stored date at any precision (<c>2025-03-04</c>, <c>2025-03</c>, <c>2025</c>) to the day
    /// number of its first day; false for anything else.
    /// </summary>
    public static bool TryParseDay(ReadOnlySpan<char> text, out int day)
    {
        day = 0;
        if (text.Length < 4 || !int.TryParse(text[..4], out int y) || y < 1) return false;
        int m = 1, dd = 1;
        if (text.Length >= 7 && (text[4] != '-' || !int.TryParse(text.Slice(5, 2), out m) || m is < 1 or > 12)) return false;
        if (text.Length >= 10 && (text[7] != '-' || !int.TryParse(text.Slice(8, 2), out dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m))) return false;
        day = new DateOnly(y, m, dd).DayNumber;
        return true;
    }
}
